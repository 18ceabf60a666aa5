import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locales';

/**
 * A request's language outside a page (route handlers, the manifest), in getLocale's order: an explicit choice
 * (the person's saved language, or ?lang=), else the switcher's cookie, else Accept-Language.
 */
export function requestLocale(headers: Headers, chosen?: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  const cookie = headers.get('cookie')?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(headers.get('accept-language'));
}
