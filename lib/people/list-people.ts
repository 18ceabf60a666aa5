import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

export const PEOPLE_PAGE_SIZE = 100;

/** People matching a name or e-mail fragment (all when empty), admins first, with their open sessions. */
export async function listPeople(admin: AdminPrincipal, opts: { query: string }) {
  assertAdmin(admin);
  const q = opts.query;
  const rows = await db().user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] }
      : undefined,
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: true } } },
    orderBy: [{ role: 'desc' }, { name: 'asc' }, { email: 'asc' }],
    take: PEOPLE_PAGE_SIZE + 1,
  });
  return {
    people: rows.slice(0, PEOPLE_PAGE_SIZE).map(({ _count, ...p }) => ({ ...p, sessions: _count.sessions })),
    more: rows.length > PEOPLE_PAGE_SIZE,
  };
}
