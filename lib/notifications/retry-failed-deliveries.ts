import 'server-only';
import { getDatabase } from '../db/client';
import { SQL_NOW } from '../db/sql-time';
import { wakeAllDispatchers } from '../push/dispatcher/wake-all-dispatchers';

/**
 * "Retry failed": failed deliveries whose device still exists go back to the outbox, due now, with a fresh round of
 * attempts (the backoff policy gives up after maxAttempts, so keeping the old count would fail them again at once).
 * Not for cancelled or expired notifications. Returns how many were queued.
 */
export async function retryFailedDeliveries(opts: { notificationId: string }): Promise<number> {
  const sql = getDatabase().sql;
  const rows = await sql.query<{ id: string }>(
    `UPDATE "Delivery" d SET status = 'pending', attempts = 0, "dueAt" = ${SQL_NOW}, "lockedUntil" = NULL
       FROM "Notification" n
      WHERE d."notificationId" = $1 AND n.id = d."notificationId" AND d.status = 'failed' AND d."subscriptionId" IS NOT NULL
        AND n."cancelledAt" IS NULL AND n."expiresAt" > ${SQL_NOW}
      RETURNING d.id::text AS id`,
    [opts.notificationId],
  );
  if (rows.length) await wakeAllDispatchers();
  return rows.length;
}
