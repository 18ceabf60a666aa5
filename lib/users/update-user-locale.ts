import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** Remembers the language the person chose: it wins over the cookie on every device they sign in on. */
export async function updateUserLocale(user: UserPrincipal, opts: { locale: string }) {
  assertUser(user);
  await db().user.update({ where: { id: user.id }, data: { locale: opts.locale } });
}
