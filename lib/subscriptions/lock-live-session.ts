import 'server-only';
import type { QueryBuilder } from '../db/sql-client';
import { DomainError } from '../errors/domain-error';

/** The session this request came in with ended between its check and the device write (401: sign in again). */
export class SessionEndedError extends DomainError {
  name = 'SessionEndedError';
  constructor() {
    super('session_ended', { message: 'This session has ended; sign in again.' });
  }
}

/**
 * Before a device is written as this session's: the session row, locked until commit, or SessionEndedError. Ending
 * sessions deletes them first and their devices next (lib/sessions/end-session.ts), so a device saved at the same
 * moment is either seen by that delete or refused here, never left behind for a dead session. No session (an
 * operator's script, a test principal): nothing to lock, the device is recorded without one.
 */
export async function lockLiveSession(
  trx: QueryBuilder,
  opts: { userId: string; sessionId: string | null },
): Promise<void> {
  if (!opts.sessionId) return;
  const live = await trx
    .selectFrom('Session')
    .select('id')
    .where('id', '=', opts.sessionId)
    .where('userId', '=', opts.userId)
    .forKeyShare()
    .executeTakeFirst();
  if (!live) throw new SessionEndedError();
}
