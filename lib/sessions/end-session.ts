import 'server-only';
import { db } from '../db/client';
import { assertUser, type UserPrincipal } from '../principal/principal';

/**
 * Ends the one session a signed-out cookie carried: copies of that cookie become anonymous. Called by next-auth's
 * signOut event with the id from the verified JWT, which is its proof of ownership.
 */
export async function endSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** "Sign out on all devices": every session of this person ends at once. Returns how many there were. */
export async function endAllSessions(user: UserPrincipal): Promise<number> {
  assertUser(user);
  return (await db().session.deleteMany({ where: { userId: user.id } })).count;
}

/** Whether this session still exists (next-auth's own /api/auth/session asks; pages and APIs use findSessionUser). */
export async function isSessionAlive(sessionId: string): Promise<boolean> {
  return (await db().session.count({ where: { id: sessionId } })) === 1;
}
