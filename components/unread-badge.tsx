import { countUnread } from '@/lib/inbox/count-unread';
import { format } from '@/lib/i18n/locales';
import { InboxSync } from './inbox/inbox-sync';

// The inbox's unread count in the header (and, through InboxSync, on the installed app's icon).
export async function UnreadBadge({ userId, label }: { userId: string; label: string }) {
  const count = await countUnread(userId);
  return (
    <>
      {/* aria-label on a plain span is not announced reliably: the sentence goes in visually hidden text instead. */}
      <span className="badge" data-testid="unread-badge" aria-hidden="true">{count > 0 ? count : ''}</span>
      {count > 0 && <span className="visually-hidden">{format(label, { count })}</span>}
      <InboxSync unread={count} />
    </>
  );
}
