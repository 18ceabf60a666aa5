import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** Removes one of the user's devices, by id (device list) or by endpoint (this browser). False when none matched. */
export async function deleteDevice(user: UserPrincipal, opts: { id: string } | { endpoint: string }): Promise<boolean> {
  assertUser(user);
  const where = 'id' in opts ? { id: opts.id, userId: user.id } : { endpoint: opts.endpoint, userId: user.id };
  const r = await db().pushSubscription.deleteMany({ where });
  return r.count > 0;
}
