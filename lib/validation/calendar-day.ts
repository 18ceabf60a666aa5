import { z } from 'zod';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar day written YYYY-MM-DD: the shape alone lets 2026-02-30, 0000-00-00 or 9999-99-99 through, which
 * Date rolls over or turns into an Invalid Date (whose toISOString() throws). The day must come back unchanged.
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** A query-string or form day (YYYY-MM-DD) that is a real date. */
export const calendarDay = () => z.string().refine(isCalendarDay);
