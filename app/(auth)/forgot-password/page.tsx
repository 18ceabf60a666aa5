import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { RESET_TOKEN_MINUTES } from '@/lib/password-reset/reset-token';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages('auth')).forgotTitle };
}

// Open to everyone, signed in or not: someone who forgot their password cannot change it in the settings either.
export default async function ForgotPasswordPage() {
  const [m, locale] = await Promise.all([getMessages('auth'), getLocale()]);
  return (
    <div className="card card--narrow">
      <h1>{m.forgotTitle}</h1>
      <ForgotPasswordForm m={m} sentHelp={formatMessage(locale, m.resetSentHelp, { minutes: RESET_TOKEN_MINUTES })} />
      <p className="card__footnote">
        <Link href="/signin">{m.backToSignIn}</Link>
      </p>
    </div>
  );
}
