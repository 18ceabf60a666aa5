import type { Locale } from './locales';

// One formatter for every date the portal shows, on the server and in the browser alike: always an explicit locale
// AND time zone (the reader's), so the text does not depend on where it is rendered. A server-rendered string that a
// client component renders again with the browser's defaults is what broke hydration (React #418) on /admin/tokens.
export type DateStyle = 'date' | 'dateTime' | 'dateTimeSeconds' | 'time';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  time: { hour: '2-digit', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(
  date: Date | string | number,
  opts: { locale: Locale; timeZone: string; style?: DateStyle },
): string {
  const style = opts.style ?? 'dateTime';
  const key = `${opts.locale}|${opts.timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(opts.locale, { ...OPTIONS[style], timeZone: opts.timeZone });
    formatters.set(key, f);
  }
  return f.format(date instanceof Date ? date : new Date(date));
}
