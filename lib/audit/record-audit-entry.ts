import 'server-only';
import { newId } from '../db/new-id';
import { sql } from 'kysely';
import type { QueryBuilder, SqlSession } from '../db/sql-client';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { AuditDetails, AuditEntryInput } from './audit-actions';

// Keys that must never reach the log, whatever a caller passes: the log is read by every admin and kept for years.
const SECRET_KEY = /pass(word)?|secret|token$|^token|hash|p256dh|^auth$|endpoint|^keys?$/i;

/** The details without secret-looking keys (a guard against a careless caller, not a licence to pass secrets). */
export function withoutSecrets(details: AuditDetails = {}): AuditDetails {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

// The actor's label is read inside the statement, so it is the name the person or token has in this transaction.
const INSERT = `INSERT INTO "AuditEntry"
    (id, "actorKind", "actorUserId", "actorTokenId", "actorLabel", action, "targetKind", "targetId", details, ip)
  SELECT $1, $2::"AuditActorKind", $3, $4,
    coalesce((SELECT u.name || ' <' || u.email || '>' FROM "User" u WHERE u.id = $3),
             (SELECT t.name FROM "ApiToken" t WHERE t.id = $4), $5),
    $6, $7, $8, $9::jsonb, $10`;

function insertParams(e: AuditEntryInput): unknown[] {
  const { actor } = e;
  const userId = actor.kind === 'user' ? actor.userId : null;
  const tokenId = actor.kind === 'token' ? actor.tokenId : null;
  const label = 'label' in actor ? actor.label.slice(0, 320) : (userId ?? tokenId);
  return [
    newId(),
    actor.kind,
    userId,
    tokenId,
    label,
    e.action,
    e.target?.kind ?? null,
    e.target?.id ?? null,
    JSON.stringify(withoutSecrets(e.details)),
    e.ip ?? null,
  ];
}

type PrismaWriter = Prisma.TransactionClient | PrismaClient;

/** The same statement through Kysely (a use case's Kysely transaction), with the same parameters in order. */
function insertWithKysely(trx: QueryBuilder, params: unknown[]) {
  const [id, kind, userId, tokenId, label, action, targetKind, targetId, details, ip] = params;
  return sql`INSERT INTO "AuditEntry"
      (id, "actorKind", "actorUserId", "actorTokenId", "actorLabel", action, "targetKind", "targetId", details, ip)
    SELECT ${id}, ${kind}::"AuditActorKind", ${userId}, ${tokenId},
      coalesce((SELECT u.name || ' <' || u.email || '>' FROM "User" u WHERE u.id = ${userId}),
               (SELECT t.name FROM "ApiToken" t WHERE t.id = ${tokenId}), ${label}),
      ${action}, ${targetKind}, ${targetId}, ${details}::jsonb, ${ip}`.execute(trx);
}

/**
 * Appends one entry to the audit log through the transaction of the change it records (a Prisma interactive
 * transaction, a Kysely transaction, the raw SqlSession of lib/db, or the client itself inside a batch
 * `$transaction([...])`), so the
 * change and its entry commit or roll back together.
 */
export function recordAuditEntry(tx: PrismaWriter, entry: AuditEntryInput): Prisma.PrismaPromise<number>;
export function recordAuditEntry(tx: SqlSession | QueryBuilder, entry: AuditEntryInput): Promise<unknown>;
export function recordAuditEntry(tx: PrismaWriter | SqlSession | QueryBuilder, entry: AuditEntryInput) {
  const params = insertParams(entry);
  if ('$executeRawUnsafe' in tx) return tx.$executeRawUnsafe(INSERT, ...params);
  return 'selectFrom' in tx ? insertWithKysely(tx, params) : tx.query(INSERT, params);
}
