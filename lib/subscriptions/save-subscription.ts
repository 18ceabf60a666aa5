import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { newId } from '../db/new-id';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import type { QueryBuilder } from '../db/sql-client';
import { EndpointInUseError, sameSubscriptionKeys } from './endpoint-in-use-error';
import { lockLiveSession } from './lock-live-session';
import { DEVICE_COLUMNS, toDevice, type Device } from './to-device';

export const MAX_DEVICES_PER_USER = 10;
/**
 * Every signed-in page re-posts this browser's subscription (components/keep-push-device.tsx): "seen" is written at
 * most this often, so browsing costs one indexed read per page load, not a write. Days are what expiry counts.
 */
export const SEEN_THROTTLE_MS = 60 * 60_000;

export type SubscriptionData = {
  endpoint: string;
  p256dh: string;
  auth: string;
  vapidPublicKey: string;
  userAgent: string | null;
  /** Used only when the row is created; a name the user edited is kept. */
  name: string;
};

export type SaveResult = { device: Device; created: boolean; changed: boolean; evicted: number };

/**
 * Stores this browser's subscription for the user (upsert by endpoint) and marks it seen (lastSeenAt, at most once
 * per SEEN_THROTTLE_MS; it also answers a pending "are you still there?" notice). At most
 * MAX_DEVICES_PER_USER per user: the least recently seen beyond that are removed. An endpoint stored for another
 * person moves only with identical keys (the same browser subscription, signed in as someone else); otherwise
 * EndpointInUseError (409) and nothing changes. The same person may send new keys for their own endpoint.
 * The row records the session it was last saved from: ending that session turns push off here (end-session.ts).
 */
export function saveSubscription(user: UserPrincipal, data: SubscriptionData): Promise<SaveResult> {
  assertUser(user);
  return retryOnUniqueViolation(() =>
    kysely()
      .transaction()
      .execute((trx) => upsertSubscription(trx, { userId: user.id, sessionId: user.sessionId ?? null, ...data })),
  );
}

export async function upsertSubscription(
  trx: QueryBuilder,
  opts: { userId: string; sessionId?: string | null } & SubscriptionData,
): Promise<SaveResult> {
  const { userId, sessionId = null, endpoint, p256dh, auth, vapidPublicKey, userAgent, name } = opts;
  const now = new Date();
  const existing = await trx
    .selectFrom('PushSubscription')
    .selectAll()
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  let device: Device;
  let changed = true;
  if (existing?.userId === userId) {
    changed = existing.p256dh !== p256dh || existing.auth !== auth || existing.vapidPublicKey !== vapidPublicKey;
    const sameSession = existing.sessionId === sessionId;
    if (!changed && sameSession && recentlySeen(existing, now) && existing.userAgent === userAgent) {
      return { device: toDevice(existing), created: false, changed, evicted: 0 };
    }
    await lockLiveSession(trx, { userId, sessionId });
    device = toDevice(
      await trx
        .updateTable('PushSubscription')
        .set({ p256dh, auth, vapidPublicKey, userAgent, sessionId, lastSeenAt: now, staleNoticeAt: null })
        .where('id', '=', existing.id)
        .returning(DEVICE_COLUMNS)
        .executeTakeFirstOrThrow(),
    );
  } else {
    if (existing && !sameSubscriptionKeys(existing, opts)) throw new EndpointInUseError();
    await lockLiveSession(trx, { userId, sessionId });
    // The browser changed hands. A new row (new id) rather than an update: the previous owner's queued deliveries
    // point at the old id and are detached by the delete (SetNull) instead of reaching the new holder.
    if (existing) await trx.deleteFrom('PushSubscription').where('id', '=', existing.id).execute();
    device = toDevice(
      await trx
        .insertInto('PushSubscription')
        .values({
          id: newId(),
          userId,
          endpoint,
          p256dh,
          auth,
          vapidPublicKey,
          userAgent,
          sessionId,
          name,
          createdAt: now,
          lastSeenAt: now,
        })
        .returning(DEVICE_COLUMNS)
        .executeTakeFirstOrThrow(),
    );
  }
  const evicted = await evictBeyondLimit(trx, userId);
  return { device, created: existing?.userId !== userId, changed, evicted };
}

const recentlySeen = (d: { lastSeenAt: Date; staleNoticeAt: Date | null }, now: Date) =>
  d.staleNoticeAt === null && now.getTime() - d.lastSeenAt.getTime() < SEEN_THROTTLE_MS;

/** Removes the user's least recently seen devices beyond MAX_DEVICES_PER_USER; returns how many. */
async function evictBeyondLimit(trx: QueryBuilder, userId: string): Promise<number> {
  const { numDeletedRows } = await trx
    .deleteFrom('PushSubscription')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('PushSubscription')
        .select('id')
        .where('userId', '=', userId)
        .orderBy('lastSeenAt', 'desc')
        .orderBy('createdAt', 'desc')
        .offset(MAX_DEVICES_PER_USER),
    )
    .executeTakeFirst();
  return Number(numDeletedRows);
}
