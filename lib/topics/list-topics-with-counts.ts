import 'server-only';
import { db } from '../db/client';

/** Every topic, archived ones included, with how many people follow it (the console's topics page). */
export async function listTopicsWithCounts() {
  const rows = await db().topic.findMany({
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, archivedAt: true, _count: { select: { followers: true } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, subscribers: _count.followers }));
}
