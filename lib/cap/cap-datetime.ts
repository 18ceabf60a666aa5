// CAP 1.2 §3.3.2 "DateTime Data Format": xs:dateTime restricted by the XSD's pattern
// \d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-,+]\d\d:\d\d — the offset is REQUIRED, "Z" MUST NOT be used (UTC is written
// "-00:00") and there are no fractional seconds. The "," in the pattern is a typo: xs:dateTime itself only allows
// "+" or "-", so a comma is refused too.

const CAP_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

export const CAP_DATETIME_HINT = 'YYYY-MM-DDThh:mm:ss±hh:mm, e.g. 2025-05-24T16:49:00-07:00 (UTC as -00:00, no "Z")';

/** The instant a CAP date-time names, or undefined when the text is not one. */
export function parseCapDateTime(text: string): Date | undefined {
  const m = CAP_DATETIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, , offH, offM] = m.slice(1).map(Number);
  const sign = m[7] === '-' ? -1 : 1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (offH > 14 || offM > 59 || (offH === 14 && offM > 0)) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return new Date(date.getTime() - sign * (offH * 60 + offM) * 60_000);
}

/** An instant in CAP's format, in UTC written "-00:00" as §3.3.2 requires (milliseconds are dropped). */
export function formatCapDateTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const d = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const t = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${d}T${t}-00:00`;
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}
