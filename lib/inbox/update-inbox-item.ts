import 'server-only';
import { getDatabase } from '../db/client';
import { SQL_NOW } from '../db/sql-time';
import { countUnread } from './count-unread';
import { PUBLISHED } from './visible-inbox-sql';

export type InboxChange = 'read' | 'ack' | 'forget';

// Each change keeps the first time it happened; acknowledging or forgetting a message also means it was read.
const SET: Record<InboxChange, string> = {
  read: `"readAt" = coalesce("readAt", ${SQL_NOW})`,
  ack: `"readAt" = coalesce("readAt", ${SQL_NOW}), "ackedAt" = coalesce("ackedAt", ${SQL_NOW})`,
  forget: `"readAt" = coalesce("readAt", ${SQL_NOW}), "forgottenAt" = coalesce("forgottenAt", ${SQL_NOW})`,
};

/**
 * (A forgotten message can still be acknowledged from a device that shows it.)
 * Marks one of the citizen's messages read, acknowledged or forgotten. null when it is not theirs (or not visible
 * yet), so callers answer 404 without revealing that it exists; else the new unread count (for the badges).
 */
export async function updateInboxItem(opts: { userId: string; notificationId: string; change: InboxChange }): Promise<{ unread: number } | null> {
  const rows = await getDatabase().sql.query(
    `UPDATE "NotificationRecipient" r SET ${SET[opts.change]}
       FROM "Notification" n
      WHERE n.id = r."notificationId" AND r."notificationId" = $1 AND r."userId" = $2 AND ${PUBLISHED}
      RETURNING 1`,
    [opts.notificationId, opts.userId],
  );
  if (!rows.length) return null;
  return { unread: await countUnread(opts.userId) };
}

export const markNotificationRead = (userId: string, notificationId: string) => updateInboxItem({ userId, notificationId, change: 'read' });
export const acknowledgeNotification = (userId: string, notificationId: string) => updateInboxItem({ userId, notificationId, change: 'ack' });
export const forgetNotification = (userId: string, notificationId: string) => updateInboxItem({ userId, notificationId, change: 'forget' });
