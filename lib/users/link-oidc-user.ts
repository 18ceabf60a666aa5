import 'server-only';
import { db } from '../db/client';
import { publicAlertsFollow } from './follow-public-alerts';

/**
 * The account of someone signing in through the identity provider: found by the provider's subject, else linked by
 * e-mail, else created. Returns null to refuse the sign-in.
 */
export async function linkOidcUser(opts: {
  subject: string;
  email: string;
  name: string;
  emailVerified: boolean;
  /** The language a new account starts with (the browser's). */
  locale?: string;
}) {
  const select = { id: true } as const;
  const known = await db().user.findUnique({ where: { oidcSubject: opts.subject }, select });
  if (known) return known;
  const email = opts.email.trim().toLowerCase();
  const sameEmail = await db().user.findUnique({ where: { email }, select: { id: true, oidcSubject: true } });
  if (sameEmail) {
    // Linking on an address the provider has not verified would hand any account (admins included) to whoever
    // types its e-mail into their provider profile; one already linked to another subject stays with it.
    if (!opts.emailVerified || sameEmail.oidcSubject) return null;
    return db().user.update({ where: { id: sameEmail.id }, data: { oidcSubject: opts.subject }, select });
  }
  const data = {
    email,
    name: opts.name,
    oidcSubject: opts.subject,
    locale: opts.locale,
    ...(await publicAlertsFollow()),
  };
  return db().user.create({ data, select });
}
