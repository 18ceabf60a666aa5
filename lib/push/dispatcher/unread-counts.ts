import type { SqlClient } from '../../db/sql-client';
import { COUNT_ALL, unnestAs } from '../../db/sql-expressions';
import { VISIBLE_INBOX } from '../../inbox/visible-inbox-sql';

/**
 * The recipients' unread counts at send time (the payload's app_badge), one statement per claimed batch whatever
 * the number of devices.
 */
export function createUnreadCounts(sql: SqlClient, maxEntries = 10_000) {
  // Merged, not replaced: the next batch is claimed while this one's second half is still being sent.
  const counts = new Map<string, number>();

  async function load(userIds: string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    const rows = await unreadCountsQuery(sql, ids).execute(); // a row for every id, 0 included
    for (const id of ids) counts.delete(id);
    for (const r of rows) counts.set(r.userId, r.n);
    // Map keeps insertion order: the users of older batches go first.
    for (const id of counts.keys()) {
      if (counts.size <= maxEntries) break;
      counts.delete(id);
    }
  }

  return { load, get: (userId: string) => counts.get(userId) ?? 0 };
}

/**
 * Each user's unread count, user by user (LATERAL): every inbox row read is found by an index keyed by that user
 * (their (userId, createdAt) rows, or a primary-key probe per visible notification when there are very few). A join
 * left to the planner was driven from the new notification's rows when statistics predated it, reading all of its
 * recipients for each batch of 500 (45 µs per message at 100 000 devices, the costliest statement of the fan-out).
 * Users with nothing unread get a row with 0.
 */
export function unreadCountsQuery(sql: SqlClient, userIds: string[]) {
  return sql.kysely
    .selectFrom(unnestAs('u', { id: userIds }, { id: 'text' }))
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('NotificationRecipient as r')
          .innerJoin('Notification as n', 'n.id', 'r.notificationId')
          .select(COUNT_ALL.as('n'))
          .whereRef('r.userId', '=', 'u.id')
          .where('r.readAt', 'is', null)
          .where(VISIBLE_INBOX)
          .as('c'),
      (join) => join.onTrue(),
    )
    .select(['u.id as userId', 'c.n']);
}
