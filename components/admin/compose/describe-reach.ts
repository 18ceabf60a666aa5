import type { ActionResult } from '@/lib/auth/action-result';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import type { Reach } from './confirm-send';

/**
 * The reach line for a count's answer: the count; "choose who receives it" when there is no audience or it is not
 * complete yet (no one picked, no topic: the action refuses it as invalid); otherwise the count failed (offline, a
 * server error), which is said as such, not as an audience still to choose.
 */
export function describeReach(r: ActionResult<Reach> | null, t: Messages<'admin'>, locale: Locale): string {
  if (r?.ok) return formatMessage(locale, t.reach, r.data);
  return !r || r.error === 'invalid' ? t.reachUnknown : t.reachFailed;
}
