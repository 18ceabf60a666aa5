import { describe, expect, it } from 'vitest';
import { nextDay, startOfDayInZone } from '../audit/list/day-range';
import { auditQuerySchema } from './audit';
import { isCalendarDay } from './calendar-day';

const NOT_DAYS = ['9999-99-99', '0000-00-00', '2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-1-01', ''];

describe('calendar days from a query string', () => {
  it.each(NOT_DAYS)('%j is no day: ignored by the audit filters like an absent one, and nothing throws', (day) => {
    expect(isCalendarDay(day)).toBe(false);
    expect(auditQuerySchema.parse({ from: day, to: day })).toEqual({});
    expect(nextDay(day)).toBeNull();
    expect(startOfDayInZone(day, 'Europe/Paris')).toBeNull();
  });

  it('keeps real days, leap days and the ends of the four-digit years', () => {
    for (const day of ['2024-02-29', '2026-12-31', '0001-01-01', '9999-12-31']) expect(isCalendarDay(day)).toBe(true);
    expect(auditQuerySchema.parse({ from: '2024-02-29', to: '2026-12-31' })).toEqual({
      from: '2024-02-29',
      to: '2026-12-31',
    });
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('9999-12-31')).toBeNull();
    expect(startOfDayInZone('0050-06-01', 'UTC')?.toISOString()).toBe('0050-06-01T00:00:00.000Z');
  });

  it('ignores a day sent twice (?to=a&to=b) or of another type', () => {
    expect(auditQuerySchema.parse({ to: ['2026-01-01', '2026-01-02'], from: 20260101 })).toEqual({});
  });
});
