import { setLocale } from '@/lib/actions/set-locale';
import type { Locale } from '@/lib/i18n/locales';

const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };
// React ignores what a form's action resolves to; the wrapper's result (for callers that read it) is not needed here.
const submitLocale = setLocale as unknown as (form: FormData) => Promise<void>;

// A plain form: works without JavaScript, and the server action stores the choice.
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  return (
    <form action={submitLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="link-button" lang={other} aria-label={`${label}: ${NAMES[other]}`}>
        {NAMES[other]}
      </button>
    </form>
  );
}
