import 'server-only';
import type { QueryBuilder } from '../db/sql-client';
import { endSessions } from '../sessions/end-session';

/**
 * A new password, inside the caller's transaction: every session of the person ends (they sign in again with it),
 * and push with it on the devices registered from those sessions; a pending "forgotten password" link dies, so a
 * link asked for before the change cannot undo it.
 */
export async function storePasswordHash(trx: QueryBuilder, userId: string, passwordHash: string): Promise<void> {
  await trx.updateTable('User').set({ passwordHash }).where('id', '=', userId).execute();
  await endSessions(trx, { userId });
  await trx.deleteFrom('PasswordResetToken').where('userId', '=', userId).execute();
}
