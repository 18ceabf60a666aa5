import 'server-only';
import { db } from '../db/client';

export async function updateUserLocale(opts: { userId: string; locale: string }) {
  await db().user.update({ where: { id: opts.userId }, data: { locale: opts.locale } });
}
