import type { SqlClient } from '../../db/sql-client';
import { SQL_NOW, utcColumn } from '../../db/sql-time';
import type { Outcome } from './outcome';

// The dispatcher's SQL, on the raw client: a claim is one statement, a batch of outcomes one statement (plus one
// DELETE when devices are gone), whatever the batch size.

export type ClaimedDelivery = {
  id: string;
  notificationId: string;
  subscriptionId: string | null;
  /** After this claim: the fencing token of the outcome write. */
  attempts: number;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
  expiresAt: Date;
  cancelled: boolean;
};

export type DeliveryResult = {
  id: string;
  attempts: number;
  outcome: Outcome;
  /** false when nothing was sent (cancelled, expired or device deleted meanwhile): the claim's attempt is undone. */
  attempted: boolean;
};

/**
 * Takes up to `limit` due deliveries (and those whose worker's lease ran out) for `leaseMs`. SKIP LOCKED lets
 * several workers claim side by side without waiting on or taking each other's rows; the lease makes a crashed
 * worker's rows claimable again.
 */
export async function claimDeliveries(sql: SqlClient, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  return sql.query<ClaimedDelivery>(
    // Two branches, not one OR: the OR defeats the (status, dueAt) index and sorts every pending row on each claim
    // (22 ms instead of 0.1 ms at 100 000 pending). Abandoned leases (a handful of rows) come first.
    `WITH stale AS (
       SELECT id FROM "Delivery" WHERE status = 'sending' AND "lockedUntil" < ${SQL_NOW} LIMIT $1 FOR UPDATE SKIP LOCKED),
     fresh AS (
       SELECT id FROM "Delivery" WHERE status = 'pending' AND "dueAt" <= ${SQL_NOW} ORDER BY "dueAt" LIMIT $1 FOR UPDATE SKIP LOCKED),
     due AS (SELECT id FROM stale UNION ALL SELECT id FROM fresh LIMIT $1),
     claimed AS (
       UPDATE "Delivery" d
          SET status = 'sending', attempts = d.attempts + 1, "lastAttemptAt" = ${SQL_NOW},
              "lockedUntil" = ${SQL_NOW} + $2 * interval '1 millisecond'
         FROM due WHERE d.id = due.id
       RETURNING d.id, d."notificationId", d."subscriptionId", d.attempts)
     SELECT c.id::text AS id, c."notificationId", c."subscriptionId", c.attempts, s.endpoint, s.p256dh, s.auth,
            ${utcColumn('n."expiresAt"')} AS "expiresAt", n."cancelledAt" IS NOT NULL AS cancelled
       FROM claimed c
       JOIN "Notification" n ON n.id = c."notificationId"
       LEFT JOIN "PushSubscription" s ON s.id = c."subscriptionId"`,
    [limit, leaseMs],
  );
}

/**
 * Writes a batch of outcomes. A row is only written if it is still ours (status 'sending' with the attempt we
 * claimed): after a lease ran out and another worker took it, the late answer is dropped instead of overwriting.
 * Devices: a success resets failureCount and sets lastSuccessAt, a failure counts, gone devices are deleted.
 */
export async function recordResults(sql: SqlClient, results: DeliveryResult[]): Promise<number> {
  if (!results.length) return 0;
  const cols = {
    id: [] as string[], attempt: [] as number[], attempted: [] as boolean[], status: [] as string[],
    code: [] as (number | null)[], error: [] as (string | null)[], due: [] as (Date | null)[],
  };
  for (const r of results) {
    const o = r.outcome;
    cols.id.push(r.id);
    cols.attempt.push(r.attempts);
    cols.attempted.push(r.attempted);
    cols.status.push(o.status);
    cols.code.push('code' in o ? (o.code ?? null) : null);
    cols.error.push('error' in o ? (o.error ?? null) : null);
    cols.due.push(o.status === 'retry' ? o.dueAt : null);
  }
  const rows = await sql.query<{ written: number; gone: string[] | null }>(
    `WITH v AS (
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::bool[], $4::text[], $5::int[], $6::text[], $7::timestamptz[])
         AS v(id, attempt, attempted, status, code, error, due)),
     written AS (
       UPDATE "Delivery" d
          SET status = (CASE WHEN v.status = 'retry' THEN 'pending' ELSE v.status END)::"DeliveryStatus",
              "lockedUntil" = NULL,
              "lastStatusCode" = CASE WHEN v.attempted THEN v.code ELSE d."lastStatusCode" END,
              "lastError" = coalesce(v.error, CASE WHEN NOT v.attempted THEN d."lastError" END),
              "sentAt" = CASE WHEN v.status = 'sent' THEN ${SQL_NOW} ELSE d."sentAt" END,
              "dueAt" = CASE WHEN v.status = 'retry' THEN v.due AT TIME ZONE 'UTC' ELSE d."dueAt" END,
              attempts = CASE WHEN v.attempted THEN d.attempts ELSE d.attempts - 1 END
         FROM v
        WHERE d.id = v.id AND d.status = 'sending' AND d.attempts = v.attempt
       RETURNING d."subscriptionId" AS sub, v.status, v.attempted),
     ok AS (
       UPDATE "PushSubscription" s SET "lastSuccessAt" = ${SQL_NOW}, "failureCount" = 0
        WHERE s.id IN (SELECT sub FROM written WHERE status = 'sent')),
     bad AS (
       UPDATE "PushSubscription" s SET "failureCount" = s."failureCount" + 1
        WHERE s.id IN (SELECT sub FROM written WHERE attempted AND status IN ('failed', 'retry', 'expired'))
          AND s.id NOT IN (SELECT sub FROM written WHERE status IN ('sent', 'gone') AND sub IS NOT NULL))
     SELECT count(*)::int AS written, array_agg(DISTINCT sub) FILTER (WHERE status = 'gone' AND sub IS NOT NULL) AS gone
       FROM written`,
    [cols.id, cols.attempt, cols.attempted, cols.status, cols.code, cols.error, cols.due],
  );
  const { written, gone } = rows[0];
  // Separate statement: deleting a device sets its deliveries' subscriptionId to NULL, rows the UPDATE above wrote.
  if (gone?.length) await sql.query(`DELETE FROM "PushSubscription" WHERE id = ANY($1::text[])`, [gone]);
  return written;
}

/** Gives claimed-but-unsent deliveries back (graceful shutdown), undoing the attempt the claim counted. */
export async function releaseDeliveries(sql: SqlClient, claimed: Array<Pick<ClaimedDelivery, 'id' | 'attempts'>>): Promise<void> {
  if (!claimed.length) return;
  await sql.query(
    `UPDATE "Delivery" d SET status = 'pending', "lockedUntil" = NULL, attempts = d.attempts - 1
       FROM unnest($1::bigint[], $2::int[]) AS v(id, attempt)
      WHERE d.id = v.id AND d.status = 'sending' AND d.attempts = v.attempt`,
    [claimed.map((c) => c.id), claimed.map((c) => c.attempts)],
  );
}

/** When something next becomes claimable: the earliest pending dueAt or running lease (null: nothing waits). */
export async function nextWakeAt(sql: SqlClient): Promise<Date | null> {
  const [row] = await sql.query<{ at: Date | null }>(
    `SELECT ${utcColumn(`least(
       (SELECT min("dueAt") FROM "Delivery" WHERE status = 'pending'),
       (SELECT min("lockedUntil") FROM "Delivery" WHERE status = 'sending'))`)} AS at`,
  );
  return row.at;
}

/** Pending deliveries of notifications past their expiry become 'expired' (e.g. held by quiet hours past it). */
export async function expireOverdue(sql: SqlClient): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `WITH e AS (
       UPDATE "Delivery" d SET status = 'expired', "lastError" = coalesce(d."lastError", 'expired before it could be sent')
        WHERE d.status = 'pending'
          AND d."notificationId" IN (SELECT id FROM "Notification" WHERE "expiresAt" <= ${SQL_NOW})
       RETURNING 1)
     SELECT count(*)::int AS n FROM e`,
  );
  return row.n;
}

export const RETENTION_DAYS = 30;

/** Deletes finished deliveries older than 30 days, a bounded batch at a time (no long lock on a busy table). */
export async function deleteOldDeliveries(sql: SqlClient, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await sql.query<{ n: number }>(
      `WITH old AS (
         SELECT id FROM "Delivery"
          WHERE status IN ('sent', 'failed', 'gone', 'expired', 'cancelled')
            AND "createdAt" < ${SQL_NOW} - interval '${RETENTION_DAYS} days'
          LIMIT $1),
       del AS (DELETE FROM "Delivery" d USING old WHERE d.id = old.id RETURNING 1)
       SELECT count(*)::int AS n FROM del`,
      [batch],
    );
    total += row.n;
    if (row.n < batch) return total;
  }
}
