import { z } from 'zod';
import { lineText } from './text';

// Shared by the preferences form (client) and PUT /api/preferences: nothing here may need Node.

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesToHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function hhmmToMinutes(value: string): number {
  const [, h, m] = HHMM.exec(value)!;
  return Number(h) * 60 + Number(m);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const time = z.string({ message: 'time_required' }).regex(HHMM, { message: 'time_invalid' });

export const preferencesSchema = z.object({
  /** Slugs of the topics the citizen follows. */
  topics: z
    .array(z.string().regex(/^[a-z0-9-]{1,60}$/, { message: 'topic_invalid' }))
    .max(100)
    .transform((t) => [...new Set(t)]),
  /** null = no quiet hours. Start after end spans midnight (22:00 → 07:00). */
  quietHours: z
    .object({ start: time, end: time })
    .refine((q) => q.start !== q.end, { message: 'quiet_hours_empty', path: ['end'] })
    .nullable(),
  timeZone: lineText({ message: 'time_zone_required' }).max(64).refine(isTimeZone, { message: 'time_zone_invalid' }),
});

export type PreferencesInput = z.infer<typeof preferencesSchema>;
export type Preferences = { topics: string[]; quietHours: { start: string; end: string } | null; timeZone: string };
