import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** How many browsers this person is signed in on (the account page shows it above "Sign out on all devices"). */
export async function countSessions(user: UserPrincipal): Promise<number> {
  assertUser(user);
  return db().session.count({ where: { userId: user.id } });
}
