// Tests call data functions directly, as the wrappers would after checking a session: this is the one place outside
// lib/auth that mints a principal, and only tests import it.
import type { AdminPrincipal, SessionUser, UserPrincipal } from '../lib/principal/principal';

const base: SessionUser = {
  id: 'test-user',
  email: 'test@example.org',
  name: 'Test',
  role: 'citizen',
  locale: null,
  timeZone: 'Europe/Paris',
};

export const userPrincipal = (user: Partial<SessionUser> & { id: string }) => ({ ...base, ...user }) as UserPrincipal;
export const adminPrincipal = (user: Partial<SessionUser> = {}) =>
  ({ ...base, id: 'test-admin', ...user, role: 'admin' }) as AdminPrincipal;
