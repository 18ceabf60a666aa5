import { sql as raw } from 'kysely';
import type { SqlClient } from '../../db/sql-client';
import { NOW, nowPlusMs, unnestAs } from '../../db/sql-expressions';

// The dispatcher's queries: a claim is one statement, whatever the batch size (record-results.ts writes the
// outcomes).

/**
 * Takes up to `limit` due deliveries (and those whose worker's lease ran out) for `leaseMs`. SKIP LOCKED lets
 * several workers claim side by side without waiting on or taking each other's rows; the lease makes a crashed
 * worker's rows claimable again. Per row: `attempts` counts the requests made before this claim (a claim alone
 * spends none: a crashed worker's share keeps its attempts); `claims`, after this claim, is the fencing token of
 * the outcome write; `excusedClaims`, the claims the stuck-row guard does not count; `userId` is the recipient, whose
 * unread count becomes the payload's app_badge.
 */
export async function claimDeliveries(sql: SqlClient, limit: number, leaseMs: number) {
  return claimQuery(sql, limit, leaseMs).execute();
}

/** The claimed rows' own columns, returned by the claim's UPDATE and passed on by its SELECT. */
const CLAIMED_COLUMNS = [
  'id',
  'notificationId',
  'subscriptionId',
  'userId',
  'lang',
  'attempts',
  'claims',
  'excusedClaims',
] as const;

/** The claim as one statement, not run: claimDeliveries runs it, a test reads its plan. */
export function claimQuery(sql: SqlClient, limit: number, leaseMs: number) {
  return (
    sql.kysely
      // Two branches, not one OR: the OR defeats the (status, dueAt) index and sorts every pending row on each claim
      // (22 ms instead of 0.1 ms at 100 000 pending). Abandoned leases (a handful of rows) come first.
      .with('stale', (db) =>
        db
          .selectFrom('Delivery')
          .select('id')
          .where('status', '=', 'sending')
          .where('lockedUntil', '<', NOW)
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .with('fresh', (db) =>
        db
          .selectFrom('Delivery')
          .select('id')
          .where('status', '=', 'pending')
          .where('dueAt', '<=', NOW)
          .orderBy('dueAt')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .with('due', (db) =>
        db.selectFrom('stale').select('id').unionAll(db.selectFrom('fresh').select('id')).limit(limit),
      )
      .with('claimed', (db) =>
        db
          .updateTable('Delivery as d')
          .set((eb) => ({ status: 'sending', claims: eb('d.claims', '+', 1), lockedUntil: nowPlusMs(leaseMs) }))
          // The ids as one array, not a join: a join of 500 rows may be planned as a hash over the whole table
          // (seen on a 10,000-row outbox: a sequential scan on most claims); an array is always primary-key lookups.
          .where('d.id', '=', raw<string>`ANY(ARRAY(SELECT id FROM due))`)
          .returning(CLAIMED_COLUMNS.map((c) => `d.${c}` as const)),
      )
      .selectFrom('claimed as c')
      .innerJoin('Notification as n', 'n.id', 'c.notificationId')
      .leftJoin('PushSubscription as s', 's.id', 'c.subscriptionId')
      .select(CLAIMED_COLUMNS.map((c) => `c.${c}` as const))
      .select(['s.endpoint', 's.p256dh', 's.auth', 'n.expiresAt'])
      .select((eb) => eb('n.cancelledAt', 'is not', null).as('cancelled'))
  );
}

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDeliveries>>[number];

/**
 * Gives claimed-but-unsent deliveries back (graceful shutdown). The claim is excused, not undone: the fencing token
 * never goes down (if it did, the next claim would take the same number as a claim whose answer may still come).
 */
export async function releaseDeliveries(
  sql: SqlClient,
  claimed: Array<Pick<ClaimedDelivery, 'id' | 'claims'>>,
): Promise<void> {
  if (!claimed.length) return;
  const v = unnestAs(
    'v',
    { id: claimed.map((c) => c.id), claim: claimed.map((c) => c.claims) },
    {
      id: 'bigint',
      claim: 'int',
    },
  );
  await sql.kysely
    .updateTable('Delivery as d')
    .from(v)
    .set((eb) => ({ status: 'pending', lockedUntil: null, excusedClaims: eb('d.excusedClaims', '+', 1) }))
    .whereRef('d.id', '=', 'v.id')
    .where('d.status', '=', 'sending')
    .whereRef('d.claims', '=', 'v.claim')
    .execute();
}

/** When something next becomes claimable: the earliest pending dueAt or running lease (null: nothing waits). */
export async function nextWakeAt(sql: SqlClient): Promise<Date | null> {
  const k = sql.kysely;
  const { at } = await k
    .selectNoFrom((eb) =>
      eb
        .fn<Date | null>('least', [
          k
            .selectFrom('Delivery')
            .select((e) => e.fn.min('dueAt').as('m'))
            .where('status', '=', 'pending'),
          k
            .selectFrom('Delivery')
            .select((e) => e.fn.min('lockedUntil').as('m'))
            .where('status', '=', 'sending'),
        ])
        .as('at'),
    )
    .executeTakeFirstOrThrow();
  return at;
}

/** Pending deliveries of notifications past their expiry become 'expired' (e.g. held by quiet hours past it). */
export async function expireOverdue(sql: SqlClient): Promise<number> {
  const { numUpdatedRows } = await sql.kysely
    .updateTable('Delivery as d')
    .set((eb) => ({
      status: 'expired',
      lastError: eb.fn.coalesce('d.lastError', raw<string>`'expired before it could be sent'`),
    }))
    .where('d.status', '=', 'pending')
    .where('d.notificationId', 'in', (eb) => eb.selectFrom('Notification').select('id').where('expiresAt', '<=', NOW))
    .executeTakeFirst();
  return Number(numUpdatedRows);
}

export const RETENTION_DAYS = 30;

/** Deletes finished deliveries older than 30 days, a bounded batch at a time (no long lock on a busy table). */
export async function deleteOldDeliveries(sql: SqlClient, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const { numDeletedRows } = await sql.kysely
      .deleteFrom('Delivery')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('Delivery')
          .select('id')
          .where('status', 'in', ['sent', 'failed', 'gone', 'expired', 'cancelled'])
          .where('createdAt', '<', nowPlusMs(-RETENTION_DAYS * 86_400_000))
          .limit(batch),
      )
      .executeTakeFirst();
    const n = Number(numDeletedRows);
    total += n;
    if (n < batch) return total;
  }
}
