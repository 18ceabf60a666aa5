import 'server-only';
import { db } from '../db/client';
import type { Locale } from '../i18n/locales';
import { localizeTopic, TOPIC_TEXTS } from './localize-topic';

export type TopicSummary = { slug: string; name: string; description: string | null };

/** Topics a citizen can follow (archived ones are hidden), named in the reader's language and sorted in it. */
export async function listActiveTopics(locale: Locale): Promise<TopicSummary[]> {
  const rows = await db().topic.findMany({ where: { archivedAt: null }, select: { slug: true, ...TOPIC_TEXTS } });
  return rows
    .map((t) => ({ slug: t.slug, ...localizeTopic(t, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
