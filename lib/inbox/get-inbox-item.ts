import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { fullPayload, type FullPayload } from '../push/build-payload';
import { readVariant } from '../push/notification-variant';
import { PUBLISHED } from './visible-inbox-sql';

export type InboxItemContent = FullPayload & { readAt: Date | null; ackedAt: Date | null };

/**
 * One of the citizen's messages in the shape the service worker shows (an id-only push fetches this), in the variant
 * chosen for them at fan-out, or null when it is not theirs.
 */
export async function getInboxItem(
  user: UserPrincipal,
  opts: { notificationId: string },
): Promise<InboxItemContent | null> {
  assertUser(user);
  const row = await kysely()
    .selectFrom('NotificationRecipient as r')
    .innerJoin('Notification as n', 'n.id', 'r.notificationId')
    .select(['n.id', 'n.title', 'n.body', 'n.url', 'n.icon', 'n.image', 'n.tag', 'n.actions', 'n.createdAt'])
    .select(['n.lang', 'n.translations', 'r.lang as readerLang', 'r.readAt', 'r.ackedAt'])
    .where('r.notificationId', '=', opts.notificationId)
    .where('r.userId', '=', user.id)
    .where(PUBLISHED)
    .executeTakeFirst();
  if (!row) return null;
  return { ...fullPayload(readVariant(row, row.readerLang)), readAt: row.readAt, ackedAt: row.ackedAt };
}
