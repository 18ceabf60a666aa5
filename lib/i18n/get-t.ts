import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { catalogs, type Area, type Messages } from '../../messages';
import { getCurrentUser } from '../auth/session';
import { formatMessage } from './format-message';
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locales';

/** The user's chosen language, else the cookie set by the switcher, else the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  if (isLocale(user?.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get('accept-language'));
});

export async function getMessages<A extends Area>(area: A): Promise<Messages<A>> {
  return catalogs[area][await getLocale()] as Messages<A>;
}

/** t('key', {vars}) for one area of the catalog, in the request's language; without vars, the template itself. */
export async function getT<A extends Area>(area: A) {
  const [messages, locale] = await Promise.all([getMessages(area), getLocale()]);
  // The template as is when there is nothing to fill in: a plural given to a component that formats it later
  // (the header's unread badge) must not be formatted without its count.
  return (key: keyof Messages<A>, vars?: Record<string, string | number>) =>
    vars ? formatMessage(locale, messages[key] as string, vars) : (messages[key] as string);
}
