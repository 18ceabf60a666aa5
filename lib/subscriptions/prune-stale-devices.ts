import 'server-only';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { getEnv } from '../env';
import { silentWhere } from './silent-devices';
import type { PruneCriteria } from '../validation/admin';

// Stale: no success for `days` (counted from the device's creation when it never had one: Safari never answers
// 410 for a dead subscription, so age is the only signal there), or `failures` failures in a row, or asked "are you
// still there?" (unseen for PUSH_DEVICE_UNSEEN_DAYS; a visit since would have cleared it), which expiry removes anyway,
// or silent (accepted pushes but shown none for PUSH_SILENT_DAYS: silent-devices.ts), Safari's dead subscriptions.
const staleWhere = (c: PruneCriteria, now: Date) => {
  const before = new Date(now.getTime() - c.days * 86_400_000);
  return {
    OR: [
      { lastSuccessAt: { lt: before } },
      { lastSuccessAt: null, createdAt: { lt: before } },
      { failureCount: { gte: c.failures } },
      { staleNoticeAt: { not: null } },
      silentWhere(getEnv().PUSH_SILENT_DAYS, now),
    ],
  };
};

/** What pruning would remove, shown before anything is deleted. */
export function findStaleDevices(admin: AdminPrincipal, c: PruneCriteria, now = new Date()) {
  assertAdmin(admin);
  return db().pushSubscription.findMany({
    where: staleWhere(c, now),
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: {
      id: true,
      name: true,
      lastSuccessAt: true,
      failureCount: true,
      createdAt: true,
      staleNoticeAt: true,
      unshownSinceAt: true,
      user: { select: { name: true, email: true } },
    },
  });
}

/**
 * Removes the devices the admin saw in the preview that are still stale now (one that succeeded meanwhile stays).
 * Returns how many were removed.
 */
export async function pruneStaleDevices(
  admin: AdminPrincipal,
  c: PruneCriteria & { ids: string[] },
  now = new Date(),
): Promise<number> {
  assertAdmin(admin);
  const where = { AND: [{ id: { in: c.ids } }, staleWhere(c, now)] };
  return runAuditedTransaction(
    async (tx) => (await tx.pushSubscription.deleteMany({ where })).count,
    (removed) =>
      removed
        ? {
            actor: personActor(admin.id),
            action: 'device.prune',
            details: { removed, days: c.days, failures: c.failures },
          }
        : null,
  );
}
