import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import type { SessionRef, SessionUser } from '../principal/principal';
import { findSessionUser } from '../users/find-user';
import { authOptions } from './options';

// The secure name first: over HTTPS next-auth sets only that one.
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/**
 * The signed-in user, fresh from the database (once per request), or null. The cookie is a JWT carrying the user
 * id and the session id; the session row must still exist, so a signed-out or revoked cookie is anonymous even
 * though its signature is valid. Old cookies without a session id are anonymous too. The session id comes along (for
 * the principal, server-side only: devices registered in this request are recorded as this session's).
 */
export const getCurrentUser = cache(async (): Promise<(SessionUser & SessionRef) | null> => {
  const jar = await cookies();
  // No cookie, no session: skip JWT decoding (and let static pages render at build time).
  const name = SESSION_COOKIES.find((c) => jar.has(c));
  if (!name) return null;
  const token = await decode({ token: jar.get(name)?.value, secret: authOptions().secret ?? '' }).catch(() => null);
  const { uid, sid } = (token ?? {}) as { uid?: unknown; sid?: unknown };
  if (typeof uid !== 'string' || typeof sid !== 'string') return null;
  const user = await findSessionUser({ userId: uid, sessionId: sid });
  return user && { ...user, sessionId: sid };
});
