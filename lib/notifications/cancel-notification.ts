import 'server-only';
import type { AuditActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { NOW } from '../db/sql-expressions';
import { CANCEL_WAIT_MS } from '../push/dispatcher/cancel-watch';

/**
 * Cancels what has not left yet: marks the notification cancelled and its pending deliveries cancelled, then waits
 * out the dispatchers' fence (cancel-watch.ts), so that once this returns no request for it starts anywhere:
 * deliveries a dispatcher had already claimed are recorded as cancelled instead of sent. Returns how many pending
 * deliveries it cancelled (claimed ones are counted as they are recorded).
 */
export async function cancelNotification(admin: AdminPrincipal, opts: { notificationId: string }): Promise<number> {
  assertAdmin(admin);
  return cancelUndelivered([opts.notificationId], { kind: 'user', userId: admin.id });
}

/**
 * The cancel itself, for callers that checked their right to these notifications in their own terms (a CAP Cancel or
 * Update from the token that imported the alert, lib/cap/ingest). One wait for all of them; one audit entry for each,
 * under `actor`, in the same transaction.
 */
export async function cancelUndelivered(notificationIds: string[], actor: AuditActor): Promise<number> {
  if (!notificationIds.length) return 0;
  const cancelled = await kysely()
    .transaction()
    .execute(async (trx) => {
      await trx
        .updateTable('Notification')
        .set({ cancelledAt: NOW })
        .where('id', 'in', notificationIds)
        .where('cancelledAt', 'is', null)
        .execute();
      const rows = await trx
        .updateTable('Delivery')
        .set({ status: 'cancelled', lockedUntil: null })
        .where('notificationId', 'in', notificationIds)
        .where('status', '=', 'pending')
        .returning('notificationId')
        .execute();
      for (const id of notificationIds) {
        const deliveries = rows.filter((r) => r.notificationId === id).length;
        await recordAuditEntry(trx, {
          actor,
          action: 'notification.cancel',
          target: { kind: 'notification', id },
          details: { deliveries },
        });
      }
      return rows.length;
    });
  await new Promise((resolve) => setTimeout(resolve, CANCEL_WAIT_MS));
  return cancelled;
}
