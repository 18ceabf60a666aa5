import 'server-only';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';

/** An admin removes any device (its deliveries keep their log: Delivery.subscriptionId is set to NULL). */
export async function removeAnyDevice(admin: AdminPrincipal, opts: { id: string }): Promise<boolean> {
  assertAdmin(admin);
  return runAuditedTransaction(
    async (trx) => {
      const { numDeletedRows } = await trx.deleteFrom('PushSubscription').where('id', '=', opts.id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    (removed) =>
      removed
        ? { actor: personActor(admin.id), action: 'device.remove', target: { kind: 'device', id: opts.id } }
        : null,
  );
}
