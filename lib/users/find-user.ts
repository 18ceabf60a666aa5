import 'server-only';
import { db } from '../db/client';
import type { SessionUser } from '../principal/principal';

export const SESSION_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  timeZone: true,
} as const satisfies Record<keyof SessionUser, true>;

/**
 * The person behind a session cookie, fresh from the database, or null when the person or that session is gone
 * (signed out, signed out everywhere, demoted, deleted, password changed). One indexed query: the user by id with
 * an EXISTS on the session's primary key.
 */
export async function findSessionUser(opts: { userId: string; sessionId: string }): Promise<SessionUser | null> {
  const user = await db().user.findFirst({
    where: { id: opts.userId, sessions: { some: { id: opts.sessionId } } },
    select: SESSION_USER_SELECT,
  });
  if (user) touchSession(opts.sessionId);
  return user;
}

// lastSeenAt is for people reading their session list: written at most every 5 minutes per session and process,
// outside the request's path, so a page view stays one read.
const TOUCH_EVERY_MS = 5 * 60_000;
const touched = new Map<string, number>();

function touchSession(sessionId: string) {
  const now = Date.now();
  if (now - (touched.get(sessionId) ?? 0) < TOUCH_EVERY_MS) return;
  if (touched.size > 10_000) touched.clear();
  touched.set(sessionId, now);
  db()
    .session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } })
    .catch(() => undefined);
}
