import 'server-only';
import type { AuditActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import type { QueryBuilder } from '../db/sql-client';

/**
 * Inside the caller's transaction, revokes every live token this person created, one `token.revoke` entry each: losing
 * admin rights is final for their tokens (promoting them again does not revive them) and the tokens page says so.
 * Called before the person's row is deleted, while `createdById` still names them.
 */
export async function revokeCreatorTokens(
  trx: QueryBuilder,
  opts: { creatorId: string; actor: AuditActor; reason: 'creator_demoted' | 'creator_deleted' },
): Promise<number> {
  const revoked = await trx
    .updateTable('ApiToken')
    .set({ revokedAt: new Date() })
    .where('createdById', '=', opts.creatorId)
    .where('revokedAt', 'is', null)
    .returning('id')
    .execute();
  for (const { id } of revoked)
    await recordAuditEntry(trx, {
      actor: opts.actor,
      action: 'token.revoke',
      target: { kind: 'token', id },
      details: { reason: opts.reason },
    });
  return revoked.length;
}
