import { setLocale } from '@/app/actions/set-locale';
import type { Locale } from '@/lib/i18n/locales';

const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

// A plain form: works without JavaScript, and the server action stores the choice.
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="link-button" lang={other} aria-label={`${label}: ${NAMES[other]}`}>
        {NAMES[other]}
      </button>
    </form>
  );
}
