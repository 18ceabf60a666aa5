import 'server-only';
import { db } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import { DEVICE_SELECT } from './list-devices-for-user';
import { upsertSubscription, type SaveResult, type SubscriptionData } from './save-subscription';

/**
 * pushsubscriptionchange: the browser replaced its subscription. The user's row for the old endpoint takes the new
 * endpoint and keys (same id, name and history, and queued deliveries follow it) instead of a second row appearing.
 * Without a known old endpoint this is a plain save.
 */
export function replaceSubscription(opts: { userId: string; oldEndpoint: string | null | undefined; next: SubscriptionData }): Promise<SaveResult & { replaced: boolean }> {
  const { userId, oldEndpoint, next } = opts;
  return retryOnUniqueViolation(() =>
    db().$transaction(async (tx) => {
      const old = oldEndpoint && oldEndpoint !== next.endpoint
        ? await tx.pushSubscription.findFirst({ where: { endpoint: oldEndpoint, userId }, select: { id: true } })
        : null;
      if (!old) return { ...(await upsertSubscription(tx, { userId, ...next })), replaced: false };
      // The page may already have stored the new subscription (reconcile raced the worker): the old row wins.
      await tx.pushSubscription.deleteMany({ where: { endpoint: next.endpoint } });
      const device = await tx.pushSubscription.update({
        where: { id: old.id },
        select: DEVICE_SELECT,
        data: { endpoint: next.endpoint, p256dh: next.p256dh, auth: next.auth, vapidPublicKey: next.vapidPublicKey, userAgent: next.userAgent, lastSeenAt: new Date(), failureCount: 0 },
      });
      return { device, created: false, changed: true, evicted: 0, replaced: true };
    }),
  );
}
