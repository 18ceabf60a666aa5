import 'server-only';
import { getDatabase } from '../db/client';
import { SQL_NOW } from '../db/sql-time';

/**
 * Cancels what has not left yet: marks the notification cancelled (a delivery a worker already claimed sees the flag
 * and is recorded as cancelled instead of sent) and its pending deliveries cancelled. Returns how many deliveries.
 */
export async function cancelNotification(opts: { notificationId: string }): Promise<number> {
  return getDatabase().sql.transaction(async (s) => {
    await s.query(`UPDATE "Notification" SET "cancelledAt" = ${SQL_NOW} WHERE id = $1 AND "cancelledAt" IS NULL`, [opts.notificationId]);
    const rows = await s.query<{ id: string }>(
      `UPDATE "Delivery" SET status = 'cancelled', "lockedUntil" = NULL WHERE "notificationId" = $1 AND status = 'pending' RETURNING id::text AS id`,
      [opts.notificationId],
    );
    return rows.length;
  });
}
