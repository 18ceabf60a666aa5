import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import type { Prisma } from '../generated/prisma/client';
import { EndpointInUseError, sameSubscriptionKeys } from './endpoint-in-use-error';
import { DEVICE_SELECT, toDevice, type Device } from './to-device';

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
 */
export function saveSubscription(user: UserPrincipal, data: SubscriptionData): Promise<SaveResult> {
  assertUser(user);
  return retryOnUniqueViolation(() => db().$transaction((tx) => upsertSubscription(tx, { userId: user.id, ...data })));
}

export async function upsertSubscription(
  tx: Prisma.TransactionClient,
  opts: { userId: string } & SubscriptionData,
): Promise<SaveResult> {
  const { userId, endpoint, p256dh, auth, vapidPublicKey, userAgent, name } = opts;
  const now = new Date();
  const existing = await tx.pushSubscription.findUnique({ where: { endpoint } });
  let device: Device;
  let changed = true;
  if (existing?.userId === userId) {
    changed = existing.p256dh !== p256dh || existing.auth !== auth || existing.vapidPublicKey !== vapidPublicKey;
    if (!changed && recentlySeen(existing, now) && existing.userAgent === userAgent) {
      return { device: toDevice(existing), created: false, changed, evicted: 0 };
    }
    device = toDevice(
      await tx.pushSubscription.update({
        where: { id: existing.id },
        data: { p256dh, auth, vapidPublicKey, userAgent, lastSeenAt: now, staleNoticeAt: null },
        select: DEVICE_SELECT,
      }),
    );
  } else {
    if (existing && !sameSubscriptionKeys(existing, opts)) throw new EndpointInUseError();
    // The browser changed hands. A new row (new id) rather than an update: the previous owner's queued deliveries
    // point at the old id and are detached by the delete (SetNull) instead of reaching the new holder.
    if (existing) await tx.pushSubscription.delete({ where: { id: existing.id } });
    device = toDevice(
      await tx.pushSubscription.create({
        data: { userId, endpoint, p256dh, auth, vapidPublicKey, userAgent, name, createdAt: now, lastSeenAt: now },
        select: DEVICE_SELECT,
      }),
    );
  }
  const evicted = await evictBeyondLimit(tx, userId);
  return { device, created: existing?.userId !== userId, changed, evicted };
}

const recentlySeen = (d: { lastSeenAt: Date; staleNoticeAt: Date | null }, now: Date) =>
  d.staleNoticeAt === null && now.getTime() - d.lastSeenAt.getTime() < SEEN_THROTTLE_MS;

async function evictBeyondLimit(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const excess = await tx.pushSubscription.findMany({
    where: { userId },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    skip: MAX_DEVICES_PER_USER,
    select: { id: true },
  });
  if (!excess.length) return 0;
  const r = await tx.pushSubscription.deleteMany({ where: { id: { in: excess.map((e) => e.id) } } });
  return r.count;
}
