import 'server-only';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { getDatabase, kysely } from '../db/client';
import { NOW } from '../db/sql-expressions';
import { refreshQueueStatistics } from '../push/dispatcher/refresh-queue-statistics';
import { wakeAllDispatchers } from '../push/dispatcher/wake-all-dispatchers';

/**
 * "Retry failed": failed deliveries whose device still exists go back to the outbox, due now, with a fresh round of
 * attempts (the backoff policy gives up after maxAttempts, so keeping the old count would fail them again at once),
 * and the claims so far excused from the stuck-row guard. `claims` itself is left alone: it is the outcome write's
 * fencing token, and a stale worker's late answer would match a claim numbered again from 0.
 * Not for cancelled or expired notifications. Returns how many were queued.
 */
export async function retryFailedDeliveries(admin: AdminPrincipal, opts: { notificationId: string }): Promise<number> {
  assertAdmin(admin);
  const queued = await kysely()
    .transaction()
    .execute(async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('Delivery as d')
        .from('Notification as n')
        .set((eb) => ({
          status: 'pending',
          attempts: 0,
          excusedClaims: eb.ref('d.claims'),
          dueAt: NOW,
          lockedUntil: null,
        }))
        .where('d.notificationId', '=', opts.notificationId)
        .whereRef('n.id', '=', 'd.notificationId')
        .where('d.status', '=', 'failed')
        .where('d.subscriptionId', 'is not', null)
        .where('n.cancelledAt', 'is', null)
        .where('n.expiresAt', '>', NOW)
        .executeTakeFirst();
      const count = Number(numUpdatedRows);
      if (count) {
        await recordAuditEntry(trx, {
          actor: { kind: 'user', userId: admin.id },
          action: 'notification.retry',
          target: { kind: 'notification', id: opts.notificationId },
          details: { deliveries: count },
        });
      }
      return count;
    });
  await refreshQueueStatistics(getDatabase().sql, queued);
  if (queued) await wakeAllDispatchers();
  return queued;
}
