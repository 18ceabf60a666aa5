import 'server-only';
import { db } from '../db/client';
import { retryOnUniqueViolation } from '../db/retry-on-unique-violation';
import { getEnv } from '../env';
import { isLocale, type Locale } from '../i18n/locales';
import { jsonLogger } from '../log/logger';
import { isMailConfigured, sendMail, type MailMessage } from '../mail/send-mail';
import { providerSignInMail, resetLinkMail } from './reset-mails';
import { newResetToken, resetLink, RESET_TOKEN_MINUTES } from './reset-token';

/** What became of a request: for tests and logs only, never for the person who asked. */
export type ResetLinkOutcome = 'no_account' | 'link' | 'provider' | 'failed';

/**
 * Who asked (the address typed), the portal's public origin (lib/http/request-origin.ts publicOrigin: null when none
 * can be trusted, and then no mail goes out), and the language of the request.
 */
export type ResetLinkJob = { email: string; origin: string | null; locale: Locale };

type Person = { id: string; email: string; name: string; locale: string | null; passwordHash: string | null };

const log = jsonLogger({ component: 'password-reset' });

/**
 * The work behind "Forgot your password?", run after the answer has gone: the answer is the same, and as fast,
 * whether an account has this address or not. Never throws: there is nobody left to answer.
 */
export async function sendPasswordResetLink(job: ResetLinkJob): Promise<ResetLinkOutcome> {
  const { origin } = job;
  if (!origin) {
    log('error', 'password reset mail not sent: set NEXTAUTH_URL to the portal’s public URL', {
      reason: 'no trusted public origin: NEXTAUTH_URL is unset and the request was not sent to this server on loopback',
    });
    return 'failed';
  }
  let person: Person | null = null;
  try {
    person = await db().user.findUnique({
      where: { email: job.email.trim().toLowerCase() },
      select: { id: true, email: true, name: true, locale: true, passwordHash: true },
    });
    return person ? await mailPerson(person, { ...job, origin }) : 'no_account';
  } catch (err) {
    log('error', 'password reset mail not sent', { userId: person?.id, error: String((err as Error)?.message ?? err) });
    return 'failed';
  }
}

async function mailPerson(person: Person, job: ResetLinkJob & { origin: string }): Promise<ResetLinkOutcome> {
  const locale = isLocale(person.locale) ? person.locale : job.locale;
  const { OIDC_ISSUER, OIDC_NAME } = getEnv();
  // An account made through the identity provider has no password; a link would add one behind the provider's back
  // (its sign-in rules, its deprovisioning). The mail says how to sign in instead.
  if (!person.passwordHash && OIDC_ISSUER) {
    await deliver(providerSignInMail(person, locale, `${job.origin}/signin`, OIDC_NAME), { userId: person.id });
    return 'provider';
  }
  // One row per person: the new link replaces (and so voids) the previous one.
  const { token, tokenHash } = newResetToken();
  const expiresAt = new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000);
  const fields = { tokenHash, expiresAt, usedAt: null, createdAt: new Date() };
  const userId = person.id;
  await retryOnUniqueViolation(() =>
    db().passwordResetToken.upsert({ where: { userId }, create: { userId, ...fields }, update: fields }),
  );
  const link = resetLink(job.origin, token);
  await deliver(resetLinkMail(person, locale, link), { userId, link, expiresAt: expiresAt.toISOString() });
  return 'link';
}

/** Mails the message or, with no SMTP server configured, logs what the operator needs to pass it on. */
async function deliver(message: MailMessage, logged: Record<string, string>) {
  if (isMailConfigured()) return sendMail(message);
  log('warn', 'no SMTP server configured: password reset mail not sent, pass this on', {
    email: message.to,
    subject: message.subject,
    ...logged,
  });
}
