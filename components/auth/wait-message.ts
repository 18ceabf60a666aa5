import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

const MAX_WAIT_SECONDS = 86_400;
const DEFAULT_WAIT_SECONDS = 60;

/**
 * A wait someone else wrote (a URL's `retryAfter`, a Retry-After header) as whole seconds from 1 to a day: digits
 * only, so 1e309 (Infinity), -5, NaN or a list fall back to a minute instead of "∞ minutes".
 */
export function waitSeconds(value: unknown, fallback = DEFAULT_WAIT_SECONDS): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,12}$/.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil(n)));
}

/** "Try again in N minutes", rounded up so the wait is never shorter than said. */
export function waitMessage(locale: Locale, m: { tooManyAttempts: string }, seconds: number): string {
  const minutes = Math.max(1, Math.ceil(waitSeconds(seconds) / 60));
  return formatMessage(locale, m.tooManyAttempts, { minutes });
}
