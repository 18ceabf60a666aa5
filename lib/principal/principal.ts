import 'server-only';
import type { User } from '../generated/prisma/client';

// Why a branded type: Next skips a layout on client navigations (RSC requests whose router state says the layout is
// already on screen), so a layout's check protects nothing. Every data function that returns protected data takes
// a principal as its first argument, and only lib/auth/require-principal.ts mints one, so a page or action that forgot
// to check the session does not type-check. Data functions call assertAdmin()/assertUser() too, in case a cast
// slipped through. This folder imports nothing of lib/: users/, sessions/ and api-tokens/ take principals, and
// lib/auth (sign-in, the session) calls them.
declare const checked: unique symbol;

/** The person behind a session cookie: the columns lib/users/find-user.ts reads on every request. */
export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'locale' | 'timeZone'>;

/**
 * The session the person was found through, when there is one (a request; not an operator's script or a test): a
 * device registered during this request is recorded as this session's, and ends with it.
 */
export type SessionRef = { sessionId?: string };

/** A signed-in person whose session was checked during this request. */
export type UserPrincipal = Readonly<SessionUser & SessionRef> & { readonly [checked]: true };
/** A signed-in administrator whose session and role were checked during this request. */
export type AdminPrincipal = UserPrincipal & { readonly role: 'admin' };

/** Thrown by a data function handed a principal without the right it needs (a bug, never a user's mistake). */
export class PrincipalError extends Error {
  name = 'PrincipalError';
}

/**
 * Mints a principal from a session user. Only lib/auth/require-principal.ts (after reading the session) and test
 * helpers call it; this module stays free of Next's request APIs so that scripts, workers and the benchmark can load
 * data functions.
 */
export const mintPrincipal = (user: SessionUser & SessionRef) => Object.freeze({ ...user }) as UserPrincipal;

export function isAdmin(principal: UserPrincipal): principal is AdminPrincipal {
  return principal.role === 'admin';
}

/** Defence in depth inside data functions: the type already demands a principal; this refuses a forged one. */
export function assertUser(principal: UserPrincipal | null | undefined): asserts principal is UserPrincipal {
  if (!principal?.id) throw new PrincipalError('a signed-in principal is required');
}

export function assertAdmin(principal: AdminPrincipal | null | undefined): asserts principal is AdminPrincipal {
  assertUser(principal);
  if (principal.role !== 'admin') throw new PrincipalError('an administrator principal is required');
}
