import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { fullPayload, type FullPayload } from '../push/build-payload';
import { PUBLISHED } from './visible-inbox-sql';

export type InboxItemContent = FullPayload & { readAt: Date | null; ackedAt: Date | null };

/**
 * One of the citizen's messages in the shape the service worker shows (an id-only push fetches this), or null when
 * it is not theirs.
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
    .select(['r.readAt', 'r.ackedAt'])
    .where('r.notificationId', '=', opts.notificationId)
    .where('r.userId', '=', user.id)
    .where(PUBLISHED)
    .executeTakeFirst();
  if (!row) return null;
  return { ...fullPayload(row), readAt: row.readAt, ackedAt: row.ackedAt };
}
