import 'server-only';
import { db } from '../db/client';

export type TopicSummary = { slug: string; name: string; description: string | null };

/** Topics a citizen can follow (archived ones are hidden). */
export function listActiveTopics(): Promise<TopicSummary[]> {
  return db().topic.findMany({
    where: { archivedAt: null },
    orderBy: { name: 'asc' },
    select: { slug: true, name: true, description: true },
  });
}
