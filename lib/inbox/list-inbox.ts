import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { sql } from 'kysely';
import { kysely } from '../db/client';
import { readVariant } from '../push/notification-variant';
import type { NotificationAction } from '../validation/notification';
import { VISIBLE_INBOX } from './visible-inbox-sql';

/**
 * The citizen's inbox: unread first, then newest first, `limit` of them from `offset`; only the unread ones with
 * `unreadOnly` (the home page). Each message in the variant chosen for this person at fan-out (the one their devices
 * showed).
 */
export async function listInbox(
  user: UserPrincipal,
  opts: { limit?: number; offset?: number; unreadOnly?: boolean } = {},
) {
  assertUser(user);
  const receivedAt = sql<Date>`coalesce(n."scheduledAt", n."createdAt")`;
  const rows = await kysely()
    .selectFrom('NotificationRecipient as r')
    .innerJoin('Notification as n', 'n.id', 'r.notificationId')
    .leftJoin('Topic as t', 't.id', 'n.topicId')
    .select(['n.id', 'n.title', 'n.body', 'n.url', 'n.image', 'n.tag', 'n.urgency', 'n.critical', 'n.lang'])
    .select(['n.translations', 'r.lang as readerLang'])
    .select((eb) => [
      eb.fn.coalesce('n.actions', sql<NotificationAction[]>`'[]'::jsonb`).as('actions'),
      't.name as topicName',
      // When it reached the inbox: its schedule, else its creation.
      receivedAt.as('receivedAt'),
      'r.readAt',
      'r.ackedAt',
    ])
    .where('r.userId', '=', user.id)
    .where(VISIBLE_INBOX)
    .$if(opts.unreadOnly === true, (q) => q.where('r.readAt', 'is', null))
    .orderBy(sql`r."readAt" IS NULL`, 'desc')
    .orderBy(receivedAt, 'desc')
    .orderBy('n.id', 'desc')
    .limit(opts.limit ?? 100)
    .offset(opts.offset ?? 0)
    .execute();
  return rows.map(({ readerLang, ...row }) => readVariant(row, readerLang));
}

export type InboxItem = Awaited<ReturnType<typeof listInbox>>[number];
