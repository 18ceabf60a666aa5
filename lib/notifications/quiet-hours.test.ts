import { describe, expect, it } from 'vitest';
import { quietHoursDueAt } from './quiet-hours';

const at = (iso: string) => new Date(iso);
const due = (iso: string, timeZone: string, quietStart: number | null, quietEnd: number | null) =>
  quietHoursDueAt(at(iso), { timeZone, quietStart, quietEnd }).toISOString();
const H = 60;

describe('quietHoursDueAt', () => {
  it('leaves the time alone without quiet hours, or with an empty window', () => {
    expect(due('2026-01-15T03:00:00Z', 'Europe/Paris', null, null)).toBe('2026-01-15T03:00:00.000Z');
    expect(due('2026-01-15T03:00:00Z', 'Europe/Paris', 22 * H, null)).toBe('2026-01-15T03:00:00.000Z');
    expect(due('2026-01-15T03:00:00Z', 'Europe/Paris', 8 * H, 8 * H)).toBe('2026-01-15T03:00:00.000Z');
  });

  it('moves a time inside a same-day window to its end, in the user’s zone', () => {
    // 12:30 in Paris (UTC+1 in winter) inside 12:00 → 14:00 → 14:00 Paris = 13:00 UTC.
    expect(due('2026-01-15T11:30:00Z', 'Europe/Paris', 12 * H, 14 * H)).toBe('2026-01-15T13:00:00.000Z');
    // Same instant, New York (06:30 there): outside.
    expect(due('2026-01-15T11:30:00Z', 'America/New_York', 12 * H, 14 * H)).toBe('2026-01-15T11:30:00.000Z');
    // The end itself is outside the window; the start inside.
    expect(due('2026-01-15T13:00:00Z', 'Europe/Paris', 12 * H, 14 * H)).toBe('2026-01-15T13:00:00.000Z');
    expect(due('2026-01-15T11:00:00Z', 'Europe/Paris', 12 * H, 14 * H)).toBe('2026-01-15T13:00:00.000Z');
  });

  it('handles windows over midnight: the evening part ends tomorrow, the morning part today', () => {
    // 23:30 Paris on the 15th → 07:00 on the 16th.
    expect(due('2026-01-15T22:30:00Z', 'Europe/Paris', 22 * H, 7 * H)).toBe('2026-01-16T06:00:00.000Z');
    // 05:00 Paris on the 16th → 07:00 the same day.
    expect(due('2026-01-16T04:00:00Z', 'Europe/Paris', 22 * H, 7 * H)).toBe('2026-01-16T06:00:00.000Z');
    // 12:00 Paris: outside.
    expect(due('2026-01-16T11:00:00Z', 'Europe/Paris', 22 * H, 7 * H)).toBe('2026-01-16T11:00:00.000Z');
    // Last day of a month/year: 23:00 Tokyo on Dec 31 → 06:30 on Jan 1 (Tokyo is UTC+9).
    expect(due('2026-12-31T14:00:00Z', 'Asia/Tokyo', 22 * H, 6 * H + 30)).toBe('2026-12-31T21:30:00.000Z');
  });

  it('uses the offset of the day the window ends (across a DST change)', () => {
    // Night of 28→29 March 2026 in Paris: clocks go from UTC+1 to UTC+2. 23:00 (UTC+1) → 07:00 (UTC+2) = 05:00 UTC.
    expect(due('2026-03-28T22:00:00Z', 'Europe/Paris', 22 * H, 7 * H)).toBe('2026-03-29T05:00:00.000Z');
    // Night of 24→25 October 2026: back to UTC+1. 07:00 = 06:00 UTC.
    expect(due('2026-10-24T21:00:00Z', 'Europe/Paris', 22 * H, 7 * H)).toBe('2026-10-25T06:00:00.000Z');
    // A window ending at 02:30 on the spring-forward night (a time that does not exist) ends just after the gap.
    expect(due('2026-03-29T00:30:00Z', 'Europe/Paris', 0, 2 * H + 30)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('falls back to UTC for an unknown zone instead of failing the notification', () => {
    expect(due('2026-01-15T23:00:00Z', 'Mars/Olympus', 22 * H, 7 * H)).toBe('2026-01-16T07:00:00.000Z');
  });
});
