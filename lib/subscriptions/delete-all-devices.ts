import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** "Turn off on all devices": returns how many subscriptions were removed. */
export async function deleteAllDevices(user: UserPrincipal): Promise<number> {
  assertUser(user);
  return (await db().pushSubscription.deleteMany({ where: { userId: user.id } })).count;
}
