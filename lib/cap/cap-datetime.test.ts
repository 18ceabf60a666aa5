import { describe, expect, it } from 'vitest';
import { formatCapDateTime, parseCapDateTime } from './cap-datetime';

describe('CAP date-times (§3.3.2)', () => {
  it.each([
    ['2002-05-24T16:49:00-07:00', '2002-05-24T23:49:00.000Z'],
    ['2025-01-01T00:30:00+01:00', '2024-12-31T23:30:00.000Z'],
    ['2025-06-01T12:00:00-00:00', '2025-06-01T12:00:00.000Z'],
    ['2025-06-01T12:00:00+00:00', '2025-06-01T12:00:00.000Z'],
    ['2024-02-29T23:59:59+14:00', '2024-02-29T09:59:59.000Z'],
    ['2025-03-10T08:15:00+05:45', '2025-03-10T02:30:00.000Z'],
    ['0050-01-01T00:00:00-00:00', '0050-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseCapDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2025-06-01T12:00:00Z', 'Z is forbidden'],
    ['2025-06-01T12:00:00', 'no offset'],
    ['2025-06-01T12:00:00.5-00:00', 'fractional seconds'],
    ['2025-06-01T12:00-00:00', 'no seconds'],
    ['2025-06-01 12:00:00-00:00', 'space instead of T'],
    ['2025-06-01T12:00:00,00:00', 'comma as sign'],
    ['2025-06-01T12:00:00+0000', 'offset without colon'],
    ['2025-13-01T12:00:00-00:00', 'month 13'],
    ['2025-02-29T12:00:00-00:00', 'not a leap year'],
    ['2025-04-31T12:00:00-00:00', 'April 31st'],
    ['2025-06-01T24:00:00-00:00', 'hour 24'],
    ['2025-06-01T12:60:00-00:00', 'minute 60'],
    ['2025-06-01T12:00:60-00:00', 'second 60'],
    ['2025-06-01T12:00:00+15:00', 'offset beyond 14 h'],
    ['2025-06-01T12:00:00+14:30', 'offset beyond 14:00'],
    ['0000-01-01T00:00:00-00:00', 'year zero'],
    [' 2025-06-01T12:00:00-00:00', 'leading space'],
  ])('refuses %s (%s)', (text) => {
    expect(parseCapDateTime(text)).toBeUndefined();
  });

  it('writes UTC as -00:00 without milliseconds, and reads its own output back', () => {
    const d = new Date('2025-07-11T10:13:12.987Z');
    expect(formatCapDateTime(d)).toBe('2025-07-11T10:13:12-00:00');
    expect(parseCapDateTime(formatCapDateTime(d))).toEqual(new Date('2025-07-11T10:13:12.000Z'));
  });
});
