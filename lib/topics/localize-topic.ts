import type { Locale } from '../i18n/locales';

/** A topic's columns in both languages: `name`/`description` are the default language's (English). */
export type TopicTexts = {
  name: string;
  description: string | null;
  nameFr: string | null;
  descriptionFr: string | null;
};

/**
 * The name and description a reader sees: their language's version, else the default language's — a topic created
 * before it had a French name, or whose French description is empty, still reads as something.
 */
export function localizeTopic(topic: TopicTexts, locale: Locale): { name: string; description: string | null } {
  if (locale !== 'fr') return { name: topic.name, description: topic.description };
  return { name: topic.nameFr || topic.name, description: topic.descriptionFr || topic.description };
}

/** The Prisma `select` that localizeTopic needs. */
export const TOPIC_TEXTS = { name: true, description: true, nameFr: true, descriptionFr: true } as const;
