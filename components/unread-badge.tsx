import type { UserPrincipal } from '@/lib/principal/principal';
import { countUnread } from '@/lib/inbox/count-unread';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale } from '@/lib/i18n/get-t';
import { InboxSync } from './inbox/inbox-sync';

// The inbox's unread count in the header (and, through InboxSync, on the installed app's icon).
export async function UnreadBadge({ user, label }: { user: UserPrincipal; label: string }) {
  const [count, locale] = await Promise.all([countUnread(user), getLocale()]);
  return (
    <>
      {/* aria-label on a plain span is not announced reliably: the sentence goes in visually hidden text instead. */}
      <span className="badge" data-testid="unread-badge" aria-hidden="true">
        {count > 0 ? count : ''}
      </span>
      {count > 0 && <span className="visually-hidden">{formatMessage(locale, label, { count })}</span>}
      <InboxSync unread={count} />
    </>
  );
}
