import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import { EndpointInUseError, sameSubscriptionKeys } from './endpoint-in-use-error';
import { DEVICE_SELECT, toDevice } from './to-device';
import { upsertSubscription, type SaveResult, type SubscriptionData } from './save-subscription';

/**
 * pushsubscriptionchange: the browser replaced its subscription. The user's row for the old endpoint takes the new
 * endpoint and keys (same id, name and history, and queued deliveries follow it) instead of a second row appearing.
 * Without a known old endpoint this is a plain save. The new endpoint, if stored for another person, is taken over
 * only with identical keys (see saveSubscription); otherwise EndpointInUseError (409) and nothing changes.
 */
export function replaceSubscription(
  user: UserPrincipal,
  opts: { oldEndpoint: string | null | undefined; next: SubscriptionData },
): Promise<SaveResult & { replaced: boolean }> {
  assertUser(user);
  const userId = user.id;
  const { oldEndpoint, next } = opts;
  return retryOnUniqueViolation(() =>
    db().$transaction(async (tx) => {
      const old =
        oldEndpoint && oldEndpoint !== next.endpoint
          ? await tx.pushSubscription.findFirst({ where: { endpoint: oldEndpoint, userId }, select: { id: true } })
          : null;
      if (!old) return { ...(await upsertSubscription(tx, { userId, ...next })), replaced: false };
      // The page may already have stored the new subscription (reconcile raced the worker): the old row wins.
      const taken = await tx.pushSubscription.findUnique({
        where: { endpoint: next.endpoint },
        select: { id: true, userId: true, p256dh: true, auth: true },
      });
      if (taken && taken.userId !== userId && !sameSubscriptionKeys(taken, next)) throw new EndpointInUseError();
      if (taken) await tx.pushSubscription.delete({ where: { id: taken.id } });
      const device = toDevice(
        await tx.pushSubscription.update({
          where: { id: old.id },
          select: DEVICE_SELECT,
          data: {
            endpoint: next.endpoint,
            p256dh: next.p256dh,
            auth: next.auth,
            vapidPublicKey: next.vapidPublicKey,
            userAgent: next.userAgent,
            lastSeenAt: new Date(),
            staleNoticeAt: null,
            failureCount: 0,
          },
        }),
      );
      return { device, created: false, changed: true, evicted: 0, replaced: true };
    }),
  );
}
