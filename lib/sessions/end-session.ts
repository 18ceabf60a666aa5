import 'server-only';
import { db, kysely } from '../db/client';
import type { QueryBuilder } from '../db/sql-client';
import { assertUser, type UserPrincipal } from '../principal/principal';

/**
 * Ends sessions inside the caller's transaction, and turns off push on the devices registered from them: a phone
 * whose session was ended (signed out everywhere, a password change, a demotion) stops receiving notification text.
 * Devices registered before sessions were recorded on them (sessionId null) stay. Every server-side end of sessions
 * goes through here, but the plain sign-out of one browser (endSession below).
 *
 * Sessions first: their rows stay locked until commit, and a device saved meanwhile from one of them locks that row
 * first (lib/subscriptions/lock-live-session.ts), so the device delete, a later statement, sees it or it is refused.
 */
export async function endSessions(trx: QueryBuilder, which: { userId: string } | { sessionId: string }) {
  const ended = await trx
    .deleteFrom('Session')
    .$call((q) => ('userId' in which ? q.where('userId', '=', which.userId) : q.where('id', '=', which.sessionId)))
    .returning(['id', 'userId'])
    .execute();
  if (ended.length === 0) return 0;
  // By owner too: at most a few devices each, found through the (userId, lastSeenAt) index.
  const [owners, sessions] = [[...new Set(ended.map((s) => s.userId))], ended.map((s) => s.id)];
  await trx.deleteFrom('PushSubscription').where('userId', 'in', owners).where('sessionId', 'in', sessions).execute();
  return ended.length;
}

/**
 * Ends the one session a signed-out cookie carried: copies of that cookie become anonymous. Called by next-auth's
 * signOut event with the id from the verified JWT, which is its proof of ownership. Its devices are left to the
 * browser, which unsubscribes and deletes its own before signing out (components/sign-out-button.tsx).
 */
export async function endSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** "Sign out on all devices": every session of this person ends at once. Returns how many there were. */
export async function endAllSessions(user: UserPrincipal): Promise<number> {
  assertUser(user);
  return kysely()
    .transaction()
    .execute((trx) => endSessions(trx, { userId: user.id }));
}

/** Whether this session still exists (next-auth's own /api/auth/session asks; pages and APIs use findSessionUser). */
export async function isSessionAlive(sessionId: string): Promise<boolean> {
  return (await db().session.count({ where: { id: sessionId } })) === 1;
}
