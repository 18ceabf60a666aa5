'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { visitorAction } from '@/lib/auth/auth-action';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { updateUserLocale } from '@/lib/users/update-user-locale';
import { localeInputSchema } from '@/lib/validation/user';

// The language switcher: a cookie for everyone, and the account's choice for a signed-in person.
export const setLocale = visitorAction(localeInputSchema, async ({ locale }, { user }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  if (user) await updateUserLocale(user, { locale });
  revalidatePath('/', 'layout');
});
