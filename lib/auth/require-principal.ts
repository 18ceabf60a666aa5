import 'server-only';
import { redirect } from 'next/navigation';
import { isAdmin, mintPrincipal, type AdminPrincipal, type UserPrincipal } from '../principal/principal';
import { getCurrentUser } from './session';

// The request-bound half of lib/principal/principal.ts: reads this request's session (next-auth, cookies) and
// redirects pages. Kept apart so that data functions, which only need the types and assertions, do not pull Next's
// request APIs into scripts, the worker and the benchmark (where react-server conditions make next/navigation fail to
// load), nor sign-in's imports of users/, sessions/ and api-tokens/, which themselves take principals.

/** The checked principal of this request, or null: for wrappers and pages that serve anonymous visitors too. */
export async function getUserPrincipal(): Promise<UserPrincipal | null> {
  const user = await getCurrentUser();
  return user ? mintPrincipal(user) : null;
}

const signInPath = (callbackUrl?: string) =>
  callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signin';

/** For pages: the signed-in person, or a redirect to sign-in (works on full loads and RSC navigations alike). */
export async function requireUser(opts: { callbackUrl?: string } = {}): Promise<UserPrincipal> {
  const principal = await getUserPrincipal();
  if (!principal) redirect(signInPath(opts.callbackUrl));
  return principal;
}

/** For pages: the signed-in administrator, or a redirect to sign-in (anonymous) or /forbidden (other roles). */
export async function requireAdmin(opts: { callbackUrl?: string } = {}): Promise<AdminPrincipal> {
  const principal = await requireUser(opts);
  if (!isAdmin(principal)) redirect('/forbidden');
  return principal;
}
