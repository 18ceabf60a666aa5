import 'server-only';
import { db } from '../db/client';

export const SESSION_USER_SELECT = { id: true, email: true, name: true, role: true, locale: true, timeZone: true } as const;

export function findSessionUser(id: string) {
  return db().user.findUnique({ where: { id }, select: SESSION_USER_SELECT });
}

/** Finds or creates the account of someone signing in through the identity provider. */
export async function upsertOidcUser(opts: { subject: string; email: string; name: string }) {
  const existing = await db().user.findFirst({ where: { OR: [{ oidcSubject: opts.subject }, { email: opts.email.toLowerCase() }] } });
  if (existing) {
    return db().user.update({ where: { id: existing.id }, data: { oidcSubject: opts.subject }, select: SESSION_USER_SELECT });
  }
  return db().user.create({ data: { email: opts.email.toLowerCase(), name: opts.name, oidcSubject: opts.subject }, select: SESSION_USER_SELECT });
}
