import 'server-only';
import { db } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import type { Prisma } from '../generated/prisma/client';
import { DEVICE_SELECT, type Device } from './list-devices-for-user';

export const MAX_DEVICES_PER_USER = 10;

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
 * Stores this browser's subscription for the user (upsert by endpoint) and touches lastSeenAt. At most
 * MAX_DEVICES_PER_USER per user: the least recently seen beyond that are removed.
 */
export function saveSubscription(opts: { userId: string } & SubscriptionData): Promise<SaveResult> {
  return retryOnUniqueViolation(() => db().$transaction((tx) => upsertSubscription(tx, opts)));
}

export async function upsertSubscription(tx: Prisma.TransactionClient, opts: { userId: string } & SubscriptionData): Promise<SaveResult> {
  const { userId, endpoint, p256dh, auth, vapidPublicKey, userAgent, name } = opts;
  const now = new Date();
  const existing = await tx.pushSubscription.findUnique({ where: { endpoint } });
  let device: Device;
  let changed = true;
  if (existing?.userId === userId) {
    changed = existing.p256dh !== p256dh || existing.auth !== auth || existing.vapidPublicKey !== vapidPublicKey;
    device = await tx.pushSubscription.update({
      where: { id: existing.id },
      data: { p256dh, auth, vapidPublicKey, userAgent, lastSeenAt: now },
      select: DEVICE_SELECT,
    });
  } else {
    // The browser changed hands. A new row (new id) rather than an update: the previous owner's queued deliveries
    // point at the old id and are detached by the delete (SetNull) instead of reaching the new holder.
    if (existing) await tx.pushSubscription.delete({ where: { id: existing.id } });
    device = await tx.pushSubscription.create({
      data: { userId, endpoint, p256dh, auth, vapidPublicKey, userAgent, name, createdAt: now, lastSeenAt: now },
      select: DEVICE_SELECT,
    });
  }
  const evicted = await evictBeyondLimit(tx, userId);
  return { device, created: existing?.userId !== userId, changed, evicted };
}

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
