import { isCalendarDay } from '../../validation/calendar-day';

/** Milliseconds the zone is ahead of UTC at this instant (Europe/Paris in summer: +2 h). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(n('year'), n('month') - 1, n('day'));
  wall.setUTCHours(n('hour'), n('minute'), n('second'));
  return wall.getTime() - instant.getTime();
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in a time zone, so that "from 3 March" means the reader's midnight,
 * not UTC's. Null for anything that is not a real date.
 */
export function startOfDayInZone(day: string, timeZone: string): Date | null {
  if (!isCalendarDay(day)) return null;
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Twice: the offset at the guessed instant may differ from the one at the true one across a DST change.
  const guess = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - zoneOffsetMs(new Date(guess), timeZone));
}

/**
 * The day after (for an inclusive "to" date turned into an exclusive bound). Null, never a throw, when `day` is no
 * real date or the next one has no four-digit year (after 9999-12-31: no upper bound at all).
 */
export function nextDay(day: string): string | null {
  if (!isCalendarDay(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const next = d.toISOString().slice(0, 10);
  return isCalendarDay(next) ? next : null;
}
