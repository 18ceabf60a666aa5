import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import { EndpointInUseError, sameSubscriptionKeys } from './endpoint-in-use-error';
import { lockLiveSession } from './lock-live-session';
import { DEVICE_COLUMNS, toDevice } from './to-device';
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
  const sessionId = user.sessionId ?? null;
  const { oldEndpoint, next } = opts;
  return retryOnUniqueViolation(() =>
    kysely()
      .transaction()
      .execute(async (trx) => {
        const old =
          oldEndpoint && oldEndpoint !== next.endpoint
            ? await trx
                .selectFrom('PushSubscription')
                .select('id')
                .where('endpoint', '=', oldEndpoint)
                .where('userId', '=', userId)
                .executeTakeFirst()
            : null;
        if (!old) return { ...(await upsertSubscription(trx, { userId, sessionId, ...next })), replaced: false };
        // The page may already have stored the new subscription (reconcile raced the worker): the old row wins.
        const taken = await trx
          .selectFrom('PushSubscription')
          .select(['id', 'userId', 'p256dh', 'auth'])
          .where('endpoint', '=', next.endpoint)
          .executeTakeFirst();
        if (taken && taken.userId !== userId && !sameSubscriptionKeys(taken, next)) throw new EndpointInUseError();
        await lockLiveSession(trx, { userId, sessionId });
        if (taken) await trx.deleteFrom('PushSubscription').where('id', '=', taken.id).execute();
        const device = toDevice(
          await trx
            .updateTable('PushSubscription')
            .set({
              endpoint: next.endpoint,
              p256dh: next.p256dh,
              auth: next.auth,
              vapidPublicKey: next.vapidPublicKey,
              userAgent: next.userAgent,
              sessionId,
              lastSeenAt: new Date(),
              staleNoticeAt: null,
              failureCount: 0,
            })
            .where('id', '=', old.id)
            .returning(DEVICE_COLUMNS)
            .executeTakeFirstOrThrow(),
        );
        return { device, created: false, changed: true, evicted: 0, replaced: true };
      }),
  );
}
