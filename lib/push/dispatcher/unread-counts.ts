import type { SqlClient } from '../../db/sql-client';
import { anyText, COUNT_ALL } from '../../db/sql-expressions';
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
    const rows = await sql.kysely
      .selectFrom('NotificationRecipient as r')
      .innerJoin('Notification as n', 'n.id', 'r.notificationId')
      .select(['r.userId', COUNT_ALL.as('n')])
      .where('r.userId', '=', anyText(ids))
      .where('r.readAt', 'is', null)
      .where(VISIBLE_INBOX)
      .groupBy('r.userId')
      .execute();
    for (const id of ids) counts.delete(id);
    for (const id of ids) counts.set(id, 0);
    for (const r of rows) counts.set(r.userId, r.n);
    // Map keeps insertion order: the users of older batches go first.
    for (const id of counts.keys()) {
      if (counts.size <= maxEntries) break;
      counts.delete(id);
    }
  }

  return { load, get: (userId: string) => counts.get(userId) ?? 0 };
}
