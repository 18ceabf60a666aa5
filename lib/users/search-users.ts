import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** The composer's audience picker: people whose name or e-mail contains the query. */
export function searchUsers(admin: AdminPrincipal, opts: { query: string; limit: number }) {
  assertAdmin(admin);
  const q = opts.query;
  return db().user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] }
      : undefined,
    select: { id: true, email: true, name: true, role: true },
    orderBy: { name: 'asc' },
    take: opts.limit,
  });
}
