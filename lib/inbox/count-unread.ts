import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { COUNT_ALL } from '../db/sql-expressions';
import { VISIBLE_INBOX } from './visible-inbox-sql';

/** Unread messages in the citizen's inbox (header badge, app badge). */
export async function countUnread(user: UserPrincipal): Promise<number> {
  assertUser(user);
  const { n } = await kysely()
    .selectFrom('NotificationRecipient as r')
    .innerJoin('Notification as n', 'n.id', 'r.notificationId')
    .select(COUNT_ALL.as('n'))
    .where('r.userId', '=', user.id)
    .where('r.readAt', 'is', null)
    .where(VISIBLE_INBOX)
    .executeTakeFirstOrThrow();
  return n;
}
