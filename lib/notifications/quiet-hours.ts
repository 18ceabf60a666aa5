// Quiet hours: minutes after local midnight in the user's IANA time zone. A window may cross midnight
// (22:00 → 07:00). A push due inside the window waits until the window's end, local wall-clock time.

export type QuietHours = { timeZone: string; quietStart: number | null; quietEnd: number | null };

const DAY_MINUTES = 1440;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(at: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Offset of the zone from UTC at an instant, in ms (Paris in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant when the zone's clocks show this wall-clock time (a time skipped by DST lands just after the gap). */
function fromWallClock(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  return new Date(Math.max(first, second));
}

function validZone(timeZone: string): string {
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return 'UTC'; // a bad stored zone must not stop a notification
  }
}

/** When a push due at `at` may leave for this user: `at` itself, or the end of the quiet window it falls in. */
export function quietHoursDueAt(at: Date, q: QuietHours): Date {
  const { quietStart: start, quietEnd: end } = q;
  if (start == null || end == null || start === end) return at;
  const zone = validZone(q.timeZone);
  const w = wallClock(at, zone);
  const now = w.hour * 60 + w.minute;
  const crossesMidnight = start > end;
  const inside = crossesMidnight ? now >= start || now < end : now >= start && now < end;
  if (!inside) return at;
  // Ends today unless we are in the evening part of a window that crosses midnight.
  const endsTomorrow = crossesMidnight && now >= start;
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + (endsTomorrow ? 1 : 0)));
  return fromWallClock(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), end % DAY_MINUTES, zone);
}
