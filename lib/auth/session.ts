import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { findSessionUser } from '../users/find-user';
import { authOptions } from './options';

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

export const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** The signed-in user, fresh from the database (once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // No cookie, no session: skip JWT decoding (and let static pages render at build time).
  const jar = await cookies();
  if (!SESSION_COOKIES.some((c) => jar.has(c))) return null;
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  return findSessionUser(session.uid);
});
