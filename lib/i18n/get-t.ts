import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { catalogs, type Area, type Messages } from '../../messages';
import { getCurrentUser } from '../auth/session';
import { format, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locales';

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

/** t('key', {vars}) for one area of the catalog, in the request's language. */
export async function getT<A extends Area>(area: A) {
  const messages = await getMessages(area);
  return (key: keyof Messages<A>, vars?: Record<string, string | number>) => format(messages[key] as string, vars);
}
