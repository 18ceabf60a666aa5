// Which language's version of a notification a person reads, and that version's fields. Pure: the fan-out's SQL
// mirrors chooseLanguage (create-notification.ts), and the dispatcher, the id-only fetch and the inbox apply the
// language chosen then with variantOf.
import type { NotificationAction, Translations } from '../validation/notification';

export type VariantSource = {
  lang: string;
  title: string;
  body: string;
  url?: string | null;
  actions?: NotificationAction[] | null;
  translations?: Translations | null;
};

const variantIn = (n: Pick<VariantSource, 'lang' | 'translations'>, lang: string) =>
  lang !== n.lang && n.translations && Object.hasOwn(n.translations, lang) ? n.translations[lang] : undefined;

/** The language of the version a reader of `preferred` gets: theirs when the notification has it, else its own. */
export function chooseLanguage(n: Pick<VariantSource, 'lang' | 'translations'>, preferred?: string | null): string {
  return preferred && (preferred === n.lang || variantIn(n, preferred)) ? preferred : n.lang;
}

/** The languages a notification is written in, its own first. */
export function languagesOf(n: Pick<VariantSource, 'lang' | 'translations'>): string[] {
  return [n.lang, ...Object.keys(n.translations ?? {}).filter((l) => l !== n.lang)];
}

/**
 * The notification as read in `lang`: that variant's title and body, and its link and buttons when it has its own
 * (else the default's). Its own fields, and its own `lang`, when it has no such variant.
 */
export function variantOf<T extends VariantSource>(n: T, lang: string): T {
  const v = variantIn(n, lang);
  if (!v) return n;
  return { ...n, lang, title: v.title, body: v.body, url: v.url ?? n.url, actions: v.actions ?? n.actions };
}

/** variantOf without the other languages: what a reader's page or device gets. */
export function readVariant<T extends VariantSource>(n: T, lang: string): Omit<T, 'translations'> {
  const { translations: _others, ...variant } = variantOf(n, lang);
  return variant;
}
