import 'server-only';
import { db } from '../db/client';

/** What the sender needs for the user's devices (or for one of them, by endpoint). */
export function listPushTargets(opts: { userId: string; endpoint?: string }) {
  return db().pushSubscription.findMany({
    where: { userId: opts.userId, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
}
