import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** What the sender needs for the user's devices (or for one of them, by endpoint). */
export function listPushTargets(user: UserPrincipal, opts: { endpoint?: string } = {}) {
  assertUser(user);
  return db().pushSubscription.findMany({
    where: { userId: user.id, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
}
