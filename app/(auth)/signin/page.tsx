import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { OidcButton } from '@/components/auth/oidc-button';
import { getCurrentUser } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { localPath } from '@/lib/http/local-path';
import { getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';

export const metadata: Metadata = { title: 'Sign in' };

// next-auth's redirects after an error (?error=…): the ones a visitor can act on get their own sentence.
const ERRORS = ['CredentialsSignin', 'AccessDenied'] as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = localPath(sp.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const m = await getMessages('auth');
  const env = getEnv();
  return (
    <div className="card card--narrow">
      <h1>{m.signInTitle}</h1>
      <SignInForm m={m} callbackUrl={callbackUrl} initialError={sp.error ? m[ERRORS.find((e) => e === sp.error) ?? 'generic'] : undefined} />
      {env.OIDC_ISSUER && (
        <>
          <p className="muted">{m.orWith}</p>
          <OidcButton label={format(m.signInWith, { provider: env.OIDC_NAME })} callbackUrl={callbackUrl} />
        </>
      )}
      <p style={{ marginTop: '1.5rem' }}>{m.noAccount} <Link href="/signup">{m.submitSignUp}</Link></p>
    </div>
  );
}
