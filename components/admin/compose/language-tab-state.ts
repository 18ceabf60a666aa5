// What each language tab of the composer says about itself (pure: the form and its tests).
import { languageName } from '@/lib/i18n/language-name';
import { DEFAULT_LOCALE, format, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { hasContent, TRANSLATION_LOCALES, type Draft } from './draft';
import type { LanguageTab } from './language-tabs';

const DEFAULT_FIELDS = /^(title|body|url)$/;

/** The tab holding the first error of a refused draft: the default's fields, else the first language's. */
export function tabWithErrors(errors: Record<string, string | undefined>): string | undefined {
  const keys = Object.keys(errors).filter((k) => errors[k]);
  if (keys.some((k) => DEFAULT_FIELDS.test(k))) return DEFAULT_LOCALE;
  return TRANSLATION_LOCALES.find((l) => keys.some((k) => k.startsWith(`translations.${l}`)));
}

/** Each tab's name (in the admin's language), whether it is written yet, and whether it holds an error. */
export function languageTabs(
  draft: Draft,
  errors: Record<string, string | undefined>,
  t: Messages<'admin'>,
  locale: Locale,
): LanguageTab[] {
  const invalid = (lang: string) =>
    Object.entries(errors).some(([k, v]) =>
      v && lang === DEFAULT_LOCALE ? DEFAULT_FIELDS.test(k) : v && k.startsWith(`translations.${lang}`),
    );
  return [
    {
      lang: DEFAULT_LOCALE,
      label: format(t.tabDefault, { language: languageName(DEFAULT_LOCALE, locale) }),
      state: draft.title.trim() || draft.body.trim() ? t.tabWritten : t.tabEmpty,
      invalid: invalid(DEFAULT_LOCALE),
    },
    ...TRANSLATION_LOCALES.map((lang) => ({
      lang,
      label: format(t.tabOptional, { language: languageName(lang, locale) }),
      state: hasContent(draft.translations[lang]) ? t.tabWritten : t.tabEmpty,
      invalid: invalid(lang),
    })),
  ];
}
