import Link from 'next/link';
import { redirect } from 'next/navigation';
import { waitMessage, waitSeconds } from '@/components/auth/wait-message';
import { SignInForm } from '@/components/auth/sign-in-form';
import { OidcButton } from '@/components/auth/oidc-button';
import { getCurrentUser } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { localPath } from '@/lib/http/local-path';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import type { Locale } from '@/lib/i18n/locales';
import { format } from '@/lib/i18n/locales';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('auth', 'signInTitle');

// next-auth's redirects after an error (?error=…): the ones a visitor can act on get their own sentence.
const ERRORS = ['CredentialsSignin', 'AccessDenied'] as const;
// Why the visitor was sent here signed out (settings → account).
const NOTICES = { 'password-changed': 'passwordChanged', 'signed-out-everywhere': 'signedOutEverywhere' } as const;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const sp = await searchParams;
  const callbackUrl = localPath(sp.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [m, locale] = await Promise.all([getMessages('auth'), getLocale()]);
  const env = getEnv();
  return (
    <div className="card card--narrow">
      <h1>{m.signInTitle}</h1>
      <SignInForm
        m={m}
        callbackUrl={callbackUrl}
        initialError={errorText(locale, m, sp)}
        notice={noticeText(m, sp.notice)}
      />
      <p className="form-aside">
        <Link href="/forgot-password">{m.forgotLink}</Link>
      </p>
      {env.OIDC_ISSUER && (
        <>
          <p className="muted">{m.orWith}</p>
          <OidcButton label={format(m.signInWith, { provider: env.OIDC_NAME })} callbackUrl={callbackUrl} />
        </>
      )}
      <p className="card__footnote">
        {m.noAccount} <Link href="/signup">{m.submitSignUp}</Link>
      </p>
    </div>
  );
}

type AuthMessages = Awaited<ReturnType<typeof getMessages<'auth'>>>;

function errorText(locale: Locale, m: AuthMessages, sp: Record<string, string | undefined>) {
  if (!sp.error) return undefined;
  // next-auth's own signIn() lands here after a 429 (the portal's form says it without reloading).
  if (sp.error === 'TooManyAttempts') return waitMessage(locale, m, waitSeconds(sp.retryAfter));
  return m[ERRORS.find((e) => e === sp.error) ?? 'generic'];
}

function noticeText(m: Awaited<ReturnType<typeof getMessages<'auth'>>>, notice: string | undefined) {
  const key = Object.hasOwn(NOTICES, notice ?? '') ? NOTICES[notice as keyof typeof NOTICES] : undefined;
  return key ? m[key] : undefined;
}
