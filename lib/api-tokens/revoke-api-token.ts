import 'server-only';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';

/** Revokes a token at once (its next request gets 401); false when it does not exist or was already revoked. */
export async function revokeApiToken(admin: AdminPrincipal, opts: { id: string }): Promise<boolean> {
  assertAdmin(admin);
  return runAuditedTransaction(
    async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('ApiToken')
        .set({ revokedAt: new Date() })
        .where('id', '=', opts.id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return numUpdatedRows === 1n;
    },
    (revoked) =>
      revoked ? { actor: personActor(admin.id), action: 'token.revoke', target: { kind: 'token', id: opts.id } } : null,
  );
}
