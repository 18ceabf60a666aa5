'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/session';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { updateUserLocale } from '@/lib/users/update-user-locale';
import { localeSchema } from '@/lib/validation/user';

export async function setLocale(form: FormData) {
  const locale = localeSchema.safeParse(form.get('locale'));
  if (!locale.success) return;
  (await cookies()).set(LOCALE_COOKIE, locale.data, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  const user = await getCurrentUser();
  if (user) await updateUserLocale({ userId: user.id, locale: locale.data });
  revalidatePath('/', 'layout');
}
