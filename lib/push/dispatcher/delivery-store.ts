import { sql as raw, type Expression } from 'kysely';
import type { SqlClient } from '../../db/sql-client';
import { anyText, COUNT_ALL, NOW, nowPlusMs, unnestAs } from '../../db/sql-expressions';
import type { Outcome } from './outcome';

// The dispatcher's queries: a claim is one statement, a batch of outcomes one statement (plus one DELETE when
// devices are gone), whatever the batch size.

/**
 * Takes up to `limit` due deliveries (and those whose worker's lease ran out) for `leaseMs`. SKIP LOCKED lets
 * several workers claim side by side without waiting on or taking each other's rows; the lease makes a crashed
 * worker's rows claimable again. Per row: `attempts` counts the requests made before this claim (a claim alone
 * spends none: a crashed worker's share keeps its attempts); `claims`, after this claim, is the fencing token of
 * the outcome write; `userId` is the recipient, whose unread count becomes the payload's app_badge.
 */
export async function claimDeliveries(sql: SqlClient, limit: number, leaseMs: number) {
  return claimQuery(sql, limit, leaseMs).execute();
}

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
          .returning(['d.id', 'd.notificationId', 'd.subscriptionId', 'd.userId', 'd.lang', 'd.attempts', 'd.claims']),
      )
      .selectFrom('claimed as c')
      .innerJoin('Notification as n', 'n.id', 'c.notificationId')
      .leftJoin('PushSubscription as s', 's.id', 'c.subscriptionId')
      .select(['c.id', 'c.notificationId', 'c.subscriptionId', 'c.userId', 'c.lang', 'c.attempts', 'c.claims'])
      .select(['s.endpoint', 's.p256dh', 's.auth', 'n.expiresAt'])
      .select((eb) => eb('n.cancelledAt', 'is not', null).as('cancelled'))
  );
}

/**
 * How old a device's lastSuccessAt may be before a success writes it again. What reads it: stale-device pruning
 * (no success for `days`, at least 1: a device may count as stale at most an hour early) and the device lists (the
 * "last delivered" time, at most an hour behind). failureCount, which pruning also reads, is cleared by every
 * success all the same. Test pushes (record-push-outcome.ts) always write it: the person is looking.
 */
export const LAST_SUCCESS_REFRESH_MS = 60 * 60_000;

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDeliveries>>[number];

export type DeliveryResult = {
  id: string;
  /** The claim this outcome belongs to (ClaimedDelivery.claims). */
  claims: number;
  outcome: Outcome;
  /** true when a request was made to the push service: only then does it count as an attempt. */
  attempted: boolean;
};

/**
 * Writes a batch of outcomes. A row is only written if it is still ours (status 'sending' with the claim we made):
 * after a lease ran out and another worker took it, the late answer is dropped instead of overwriting. An attempt
 * is counted here, with its answer, only when a request was made. Devices: a success resets failureCount and sets
 * lastSuccessAt (unless set within LAST_SUCCESS_REFRESH_MS), a failure counts, gone devices are deleted.
 */
export async function recordResults(sql: SqlClient, results: DeliveryResult[]): Promise<number> {
  if (!results.length) return 0;
  const v = unnestAs(
    'v',
    {
      id: results.map((r) => r.id),
      claim: results.map((r) => r.claims),
      attempted: results.map((r) => r.attempted),
      status: results.map((r) => r.outcome.status),
      code: results.map(({ outcome: o }) => ('code' in o ? (o.code ?? null) : null)),
      error: results.map(({ outcome: o }) => ('error' in o ? (o.error ?? null) : null)),
      due: results.map(({ outcome: o }) => (o.status === 'retry' ? o.dueAt : null)),
    },
    { id: 'bigint', claim: 'int', attempted: 'bool', status: 'text', code: 'int', error: 'text', due: 'timestamptz' },
  );
  const { written, gone } = await sql.kysely
    .with('v', (db) => db.selectFrom(v).selectAll())
    .with('written', (db) =>
      db
        .updateTable('Delivery as d')
        .from('v')
        .set((eb) => {
          // Only a request made counts: a claim given back unsent keeps the previous answer and attempt count.
          const ifAttempted = <T>(yes: Expression<T>, no: Expression<T>) =>
            eb.case().when('v.attempted', '=', true).then(yes).else(no).end();
          return {
            status: raw`(CASE WHEN v.status = 'retry' THEN 'pending' ELSE v.status END)::"DeliveryStatus"`,
            lockedUntil: null,
            lastStatusCode: ifAttempted(eb.ref('v.code'), eb.ref('d.lastStatusCode')),
            lastError: eb.fn.coalesce('v.error', ifAttempted(raw<string | null>`NULL`, eb.ref('d.lastError'))),
            sentAt: eb.case().when('v.status', '=', 'sent').then(NOW).else(eb.ref('d.sentAt')).end(),
            dueAt: eb
              .case()
              .when('v.status', '=', 'retry')
              .then(eb.ref('v.due').$notNull())
              .else(eb.ref('d.dueAt'))
              .end(),
            lastAttemptAt: ifAttempted(NOW, eb.ref('d.lastAttemptAt')),
            attempts: ifAttempted(eb('d.attempts', '+', 1), eb.ref('d.attempts')),
          };
        })
        .whereRef('d.id', '=', 'v.id')
        .where('d.status', '=', 'sending')
        .whereRef('d.claims', '=', 'v.claim')
        .returning(['d.subscriptionId as sub', 'v.status', 'v.attempted']),
    )
    .with('ok', (db) =>
      db
        .updateTable('PushSubscription as s')
        // unshownSinceAt: the first accepted push since the device last reported one shown (silent devices).
        .set((eb) => ({ lastSuccessAt: NOW, failureCount: 0, unshownSinceAt: eb.fn.coalesce('s.unshownSinceAt', NOW) }))
        .where('s.id', 'in', db.selectFrom('written').select('sub').where('status', '=', 'sent'))
        // A device reached within the hour, with no failures to clear and its silent clock already running, is left
        // alone: one row write less per push on repeated fan-outs (LAST_SUCCESS_REFRESH_MS says why an hour-old
        // value is exact enough). A device that reported a push shown since must start its clock again: written.
        .where((eb) =>
          eb.or([
            eb('s.lastSuccessAt', 'is', null),
            eb('s.lastSuccessAt', '<', nowPlusMs(-LAST_SUCCESS_REFRESH_MS)),
            eb('s.failureCount', '<>', 0),
            eb('s.unshownSinceAt', 'is', null),
          ]),
        ),
    )
    .with('bad', (db) =>
      db
        .updateTable('PushSubscription as s')
        .set((eb) => ({ failureCount: eb('s.failureCount', '+', 1) }))
        .where(
          's.id',
          'in',
          db
            .selectFrom('written')
            .select('sub')
            .where('attempted', '=', true)
            .where('status', 'in', ['failed', 'retry', 'expired']),
        )
        .where(
          's.id',
          'not in',
          db.selectFrom('written').select('sub').where('status', 'in', ['sent', 'gone']).where('sub', 'is not', null),
        ),
    )
    .selectFrom('written')
    .select(COUNT_ALL.as('written'))
    .select(raw<string[] | null>`array_agg(DISTINCT sub) FILTER (WHERE status = 'gone' AND sub IS NOT NULL)`.as('gone'))
    .executeTakeFirstOrThrow();
  // Separate statement: deleting a device sets its deliveries' subscriptionId to NULL, rows the UPDATE above wrote.
  if (gone?.length) await sql.kysely.deleteFrom('PushSubscription').where('id', '=', anyText(gone)).execute();
  return written;
}

/** Gives claimed-but-unsent deliveries back (graceful shutdown), undoing the claim. */
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
    .set((eb) => ({ status: 'pending', lockedUntil: null, claims: eb('d.claims', '-', 1) }))
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
