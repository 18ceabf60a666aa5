import 'server-only';
import { revokeCreatorTokens } from '../api-tokens/revoke-creator-tokens';
import { personActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { assertNotLastAdmin, withAdminsLocked } from './lock-admins';

/**
 * Deletes a person: their sessions, devices, topics and inbox go with them (cascade); notifications they sent stay
 * (creator cleared), and API tokens they created are revoked (no creator left to act for).
 */
export async function deletePerson(admin: AdminPrincipal, opts: { userId: string }): Promise<void> {
  assertAdmin(admin);
  await withAdminsLocked(opts.userId, async (trx, person) => {
    await assertNotLastAdmin(trx, person);
    // Recorded first: the actor may be the person deleted (their label is read from their row).
    await recordAuditEntry(trx, {
      actor: personActor(admin.id),
      action: 'user.delete',
      target: { kind: 'user', id: person.id },
      details: { email: person.email },
    });
    // Before the row goes: its deletion clears the tokens' createdById, which would hide whose they were.
    await revokeCreatorTokens(trx, { creatorId: person.id, actor: personActor(admin.id), reason: 'creator_deleted' });
    await trx.deleteFrom('User').where('id', '=', person.id).execute();
  });
}
