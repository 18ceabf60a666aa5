import { sql } from 'kysely';
// Shared by the audit tests: the entries as plain rows, oldest first.
import type { AuditAction } from './audit-actions';
import type { Database } from '../db/client';
import { recordAuditEntry } from './record-audit-entry';

export type AuditRow = {
  actorKind: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
};

export function readAuditEntries(database: () => Database, action?: string): Promise<AuditRow[]> {
  return database().sql.query<AuditRow>(
    `SELECT "actorKind"::text AS "actorKind", "actorUserId", "actorTokenId", "actorLabel", action, "targetKind",
            "targetId", details, ip
       FROM "AuditEntry" WHERE $1::text IS NULL OR action = $1 ORDER BY at, id`,
    [action ?? null],
  );
}

/**
 * An entry `daysAgo` days old, by `label`. The test plays the database owner back-dating the row (the trigger off
 * for that one statement, in the same transaction): the trigger is what the application itself cannot get past.
 */
export function insertAuditEntryDaysAgo(database: () => Database, label: string, action: AuditAction, daysAgo = 0) {
  return database()
    .sql.kysely.transaction()
    .execute(async (trx) => {
      await recordAuditEntry(trx, { actor: { kind: 'system', label }, action });
      await sql`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`.execute(trx);
      await sql`UPDATE "AuditEntry" SET at = now() - make_interval(days => ${daysAgo}::int)
      WHERE "actorLabel" = ${label}`.execute(trx);
      await sql`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`.execute(trx);
    });
}
