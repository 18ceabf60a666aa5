import { formatMessage } from '@/lib/i18n/format-message';
import { languageName } from '@/lib/i18n/language-name';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

type Props = { languages: { lang: string; recipients: number }[]; t: Messages<'admin'>; locale: Locale };

/** How many recipients got each language variant (the admin notification detail). */
export function RecipientLanguages({ languages, t, locale }: Props) {
  if (!languages.length) return null;
  return (
    <section aria-labelledby="recipient-languages" className="stack">
      <h2 id="recipient-languages">{t.recipientLanguages}</h2>
      <ul data-testid="recipient-languages">
        {languages.map(({ lang, recipients }) => (
          <li key={lang}>
            {formatMessage(locale, t.recipientsInLanguage, { language: languageName(lang, locale), recipients })}
          </li>
        ))}
      </ul>
    </section>
  );
}
