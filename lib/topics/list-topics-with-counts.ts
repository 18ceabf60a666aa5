import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { TOPIC_TEXTS } from './localize-topic';

/** Every topic, archived ones included, in both languages, with its number of followers (the console's topics page). */
export async function listTopicsWithCounts(admin: AdminPrincipal) {
  assertAdmin(admin);
  const rows = await db().topic.findMany({
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    select: { id: true, slug: true, ...TOPIC_TEXTS, archivedAt: true, _count: { select: { followers: true } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, subscribers: _count.followers }));
}
