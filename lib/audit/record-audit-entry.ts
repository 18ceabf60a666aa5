import 'server-only';
import { sql } from 'kysely';
import { newId } from '../db/new-id';
import type { QueryBuilder } from '../db/sql-client';
import type { AuditDetails, AuditEntryInput } from './audit-actions';

// Keys that must never reach the log, whatever a caller passes: the log is read by every admin and kept for years.
const SECRET_KEY = /pass(word)?|secret|token$|^token|hash|p256dh|^auth$|endpoint|^keys?$/i;

/** The details without secret-looking keys (a guard against a careless caller, not a licence to pass secrets). */
export function withoutSecrets(details: AuditDetails = {}): AuditDetails {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

/**
 * Appends one entry to the audit log through the Kysely transaction of the change it records, so the change and its
 * entry commit or roll back together (kysely() itself only where the entry is the whole change: a refused sign-in).
 */
export function recordAuditEntry(trx: QueryBuilder, entry: AuditEntryInput) {
  const { actor } = entry;
  const userId = actor.kind === 'user' ? actor.userId : null;
  const tokenId = actor.kind === 'token' ? actor.tokenId : null;
  const fallback = 'label' in actor ? actor.label.slice(0, 320) : (userId ?? tokenId)!;
  return trx
    .insertInto('AuditEntry')
    .values((eb) => {
      // Read inside the statement: the name the person or token has in this transaction, kept after a rename.
      const named = userId
        ? eb
            .selectFrom('User as u')
            .select(sql<string>`u.name || ' <' || u.email || '>'`.as('label'))
            .where('u.id', '=', userId)
        : eb.selectFrom('ApiToken as t').select('t.name as label').where('t.id', '=', tokenId);
      return {
        id: newId(),
        actorKind: actor.kind,
        actorUserId: userId,
        actorTokenId: tokenId,
        actorLabel: eb.fn.coalesce(named, eb.val(fallback)),
        action: entry.action,
        targetKind: entry.target?.kind ?? null,
        targetId: entry.target?.id ?? null,
        details: JSON.stringify(withoutSecrets(entry.details)),
        ip: entry.ip ?? null,
      };
    })
    .execute();
}
