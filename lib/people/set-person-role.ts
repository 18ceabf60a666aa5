import 'server-only';
import { revokeCreatorTokens } from '../api-tokens/revoke-creator-tokens';
import { personActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { endSessions } from '../sessions/end-session';
import type { Role } from '../generated/prisma/enums';
import { assertNotLastAdmin, withAdminsLocked } from './lock-admins';

/**
 * Promotes or demotes a person. A demotion ends all their sessions at once (they sign in again as a resident, and push
 * stops on the devices registered from those sessions) and revokes their API tokens for good (a token acts for its
 * creator while the creator is an admin; a later promotion does not revive it).
 */
export async function setPersonRole(admin: AdminPrincipal, opts: { userId: string; role: Role }) {
  assertAdmin(admin);
  return withAdminsLocked(opts.userId, async (trx, person) => {
    if (person.role === opts.role) return { id: person.id, role: opts.role, changed: false };
    if (opts.role !== 'admin') {
      await assertNotLastAdmin(trx, person);
      await endSessions(trx, { userId: person.id });
      await revokeCreatorTokens(trx, { creatorId: person.id, actor: personActor(admin.id), reason: 'creator_demoted' });
    }
    await trx.updateTable('User').set({ role: opts.role }).where('id', '=', person.id).execute();
    await recordAuditEntry(trx, {
      actor: personActor(admin.id),
      action: 'user.role',
      target: { kind: 'user', id: person.id },
      details: { email: person.email, from: person.role, to: opts.role },
    });
    return { id: person.id, role: opts.role, changed: true };
  });
}
