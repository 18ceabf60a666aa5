import 'server-only';
import { kysely } from '../db/client';
import type { QueryBuilder } from '../db/sql-client';
import type { AuditEntryInput } from './audit-actions';
import { recordAuditEntry } from './record-audit-entry';

/**
 * Runs a use case and its audit entry in one Kysely transaction: `entry` sees the result and returns the entry, or
 * null when nothing changed (a rename of a missing topic records nothing).
 */
export function runAuditedTransaction<T>(
  work: (trx: QueryBuilder) => Promise<T>,
  entry: (result: T) => AuditEntryInput | null,
): Promise<T> {
  return kysely()
    .transaction()
    .execute(async (trx) => {
      const result = await work(trx);
      const e = entry(result);
      if (e) await recordAuditEntry(trx, e);
      return result;
    });
}
