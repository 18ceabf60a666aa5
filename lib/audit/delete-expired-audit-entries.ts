import 'server-only';
import { sql } from 'kysely';
import type { SqlClient } from '../db/sql-client';

/**
 * The retention job: deletes entries older than `days` (AUDIT_RETENTION_DAYS; unset keeps them forever) in batches.
 * The append-only trigger lets a DELETE through only in a transaction that set crieur.audit_retention, which only
 * this function does. Returns how many entries were deleted.
 */
export async function deleteExpiredAuditEntries(
  client: SqlClient,
  days: number | undefined,
  batch = 10_000,
): Promise<number> {
  if (!days) return 0;
  let total = 0;
  for (;;) {
    const n = await client.kysely.transaction().execute(async (trx) => {
      await sql`SET LOCAL crieur.audit_retention = 'on'`.execute(trx);
      const { rows } = await sql<{ n: number }>`
        WITH old AS (SELECT id FROM "AuditEntry" WHERE at < now() - make_interval(days => ${days}::int) LIMIT ${batch}),
             del AS (DELETE FROM "AuditEntry" a USING old WHERE a.id = old.id RETURNING 1)
        SELECT count(*)::int AS n FROM del`.execute(trx);
      return rows[0].n;
    });
    total += n;
    if (n < batch) return total;
  }
}
