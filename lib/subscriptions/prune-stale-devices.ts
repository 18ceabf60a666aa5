import 'server-only';
import { db } from '../db/client';
import type { PruneCriteria } from '../validation/admin';

// Stale: no success for `days` (counted from the device's creation when it never had one: Safari never answers
// 410 for a dead subscription, so age is the only signal there), or `failures` failures in a row.
const staleWhere = (c: PruneCriteria, now: Date) => {
  const before = new Date(now.getTime() - c.days * 86_400_000);
  return {
    OR: [
      { lastSuccessAt: { lt: before } },
      { lastSuccessAt: null, createdAt: { lt: before } },
      { failureCount: { gte: c.failures } },
    ],
  };
};

/** What pruning would remove, shown before anything is deleted. */
export function findStaleDevices(c: PruneCriteria, now = new Date()) {
  return db().pushSubscription.findMany({
    where: staleWhere(c, now),
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: { id: true, name: true, lastSuccessAt: true, failureCount: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
}

/**
 * Removes the devices the admin saw in the preview that are still stale now (one that succeeded meanwhile stays).
 * Returns how many were removed.
 */
export async function pruneStaleDevices(c: PruneCriteria & { ids: string[] }, now = new Date()): Promise<number> {
  const r = await db().pushSubscription.deleteMany({ where: { AND: [{ id: { in: c.ids } }, staleWhere(c, now)] } });
  return r.count;
}
