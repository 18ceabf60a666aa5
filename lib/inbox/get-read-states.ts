import 'server-only';
import { getDatabase } from '../db/client';

/**
 * Which of these notifications the citizen has already read (on any device): a page closes their system
 * notifications on this device.
 */
export async function getReadNotificationIds(opts: { userId: string; notificationIds: string[] }): Promise<string[]> {
  if (!opts.notificationIds.length) return [];
  const rows = await getDatabase().sql.query<{ id: string }>(
    `SELECT "notificationId" AS id FROM "NotificationRecipient"
      WHERE "userId" = $1 AND "notificationId" = ANY($2::text[]) AND "readAt" IS NOT NULL`,
    [opts.userId, opts.notificationIds],
  );
  return rows.map((r) => r.id);
}
