import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** False when the device is not the user's (someone else's looks exactly like a missing one). */
export async function renameDevice(user: UserPrincipal, opts: { id: string; name: string }): Promise<boolean> {
  assertUser(user);
  const r = await db().pushSubscription.updateMany({
    where: { id: opts.id, userId: user.id },
    data: { name: opts.name },
  });
  return r.count > 0;
}
