import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../../principal/principal';
import { db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import type { AuditAction } from '../audit-actions';

export type AuditFilters = {
  /** Part of the actor's label (name, e-mail or token name), any case. */
  actor?: string;
  action?: AuditAction;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  before?: Date;
};

export const AUDIT_PAGE_SIZE = 50;

function whereFor(f: AuditFilters): Prisma.AuditEntryWhereInput {
  return {
    ...(f.actor ? { actorLabel: { contains: f.actor, mode: 'insensitive' } } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.before
      ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.before ? { lt: f.before } : {}) } }
      : {}),
  };
}

/**
 * One page of the audit log, newest first, for an administrator. Keyset paging: `after` is the id of the last entry
 * of the previous page, so entries written meanwhile do not shift the pages. `next` is the cursor of the following
 * page, or null on the last one.
 */
export async function listAuditEntries(
  admin: AdminPrincipal,
  opts: AuditFilters & { after?: string; limit?: number } = {},
) {
  assertAdmin(admin);
  const limit = Math.min(Math.max(opts.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const rows = await db().auditEntry.findMany({
    where: whereFor(opts),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
  });
  const entries = rows.slice(0, limit);
  return { entries, next: rows.length > limit ? entries[entries.length - 1].id : null };
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number];
