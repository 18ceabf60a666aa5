import 'server-only';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { AuditEntryInput } from './audit-actions';
import { recordAuditEntry } from './record-audit-entry';

/**
 * Runs a Prisma use case and its audit entry in one transaction: `entry` sees the result and returns the entry, or
 * null when nothing changed (a rename of a missing topic records nothing).
 */
export function runAuditedTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  entry: (result: T) => AuditEntryInput | null,
): Promise<T> {
  return db().$transaction(async (tx) => {
    const result = await work(tx);
    const e = entry(result);
    if (e) await recordAuditEntry(tx, e);
    return result;
  });
}
