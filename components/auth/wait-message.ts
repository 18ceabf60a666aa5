import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

/** "Try again in N minutes", rounded up so the wait is never shorter than said. */
export function waitMessage(locale: Locale, m: { tooManyAttempts: string }, seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return formatMessage(locale, m.tooManyAttempts, { minutes });
}
