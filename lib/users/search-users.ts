import 'server-only';
import { db } from '../db/client';

export function searchUsers(opts: { query: string; limit: number }) {
  const q = opts.query;
  return db().user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] } : undefined,
    select: { id: true, email: true, name: true, role: true },
    orderBy: { name: 'asc' },
    take: opts.limit,
  });
}
