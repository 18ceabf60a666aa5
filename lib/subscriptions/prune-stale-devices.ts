import 'server-only';
import type { ExpressionBuilder } from 'kysely';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { getEnv } from '../env';
import type { DB } from '../generated/kysely/database';
import { silentCutoff } from './silent-devices';
import type { PruneCriteria } from '../validation/admin';

// Stale: no success for `days` (counted from the device's creation when it never had one: Safari never answers
// 410 for a dead subscription, so age is the only signal there), or `failures` failures in a row, or asked "are you
// still there?" (unseen for PUSH_DEVICE_UNSEEN_DAYS; a visit since would have cleared it), which expiry removes anyway,
// or silent (accepted pushes but shown none for PUSH_SILENT_DAYS: silent-devices.ts), Safari's dead subscriptions.
// One expression for the preview and the delete, so the two cannot disagree.
const isStale = (c: PruneCriteria, now: Date) => (eb: ExpressionBuilder<DB, 'PushSubscription'>) => {
  const before = new Date(now.getTime() - c.days * 86_400_000);
  return eb.or([
    eb('PushSubscription.lastSuccessAt', '<', before),
    eb.and([eb('PushSubscription.lastSuccessAt', 'is', null), eb('PushSubscription.createdAt', '<', before)]),
    eb('PushSubscription.failureCount', '>=', c.failures),
    eb('PushSubscription.staleNoticeAt', 'is not', null),
    eb('PushSubscription.unshownSinceAt', '<=', silentCutoff(getEnv().PUSH_SILENT_DAYS, now)),
  ]);
};

/** What pruning would remove, shown before anything is deleted. */
export async function findStaleDevices(admin: AdminPrincipal, c: PruneCriteria, now = new Date()) {
  assertAdmin(admin);
  const rows = await kysely()
    .selectFrom('PushSubscription')
    .innerJoin('User as u', 'u.id', 'PushSubscription.userId')
    .select(['PushSubscription.id', 'PushSubscription.name', 'lastSuccessAt', 'failureCount'])
    .select(['PushSubscription.createdAt', 'PushSubscription.userAgent', 'staleNoticeAt', 'unshownSinceAt'])
    .select(['u.name as userName', 'u.email as userEmail'])
    .where(isStale(c, now))
    .orderBy('PushSubscription.createdAt', 'asc')
    .limit(500)
    .execute();
  return rows.map(({ userName, userEmail, ...device }) => ({ ...device, user: { name: userName, email: userEmail } }));
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
  return runAuditedTransaction(
    async (trx) => {
      if (!c.ids.length) return 0;
      const { numDeletedRows } = await trx
        .deleteFrom('PushSubscription')
        .where('id', 'in', c.ids)
        .where(isStale(c, now))
        .executeTakeFirst();
      return Number(numDeletedRows);
    },
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
