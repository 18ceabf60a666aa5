import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { findPasswordReset } from '@/lib/password-reset/find-password-reset';
import { RESET_TOKEN_MINUTES } from '@/lib/password-reset/reset-token';

export async function generateMetadata(): Promise<Metadata> {
  // The link's token is a credential: keep the page out of search engines.
  return { title: (await getMessages('auth')).resetTitle, robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page a reset e-mail links to: the new-password form while the link works, else one message for every case. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const [m, locale, reset] = await Promise.all([getMessages('auth'), getLocale(), findPasswordReset(token)]);
  // Expired, used, replaced by a newer one or never issued: the person can do the same thing about all of them.
  const linkDead = (
    <>
      <h1 tabIndex={-1}>{m.invalid_token}</h1>
      <p>{formatMessage(locale, m.linkInvalidBody, { minutes: RESET_TOKEN_MINUTES })}</p>
      <p>
        <Link className="btn" href="/forgot-password">
          {m.askNewLink}
        </Link>
      </p>
    </>
  );
  return (
    <div className="card card--narrow">
      {reset && typeof token === 'string' ? (
        <ResetPasswordForm m={m} token={token} email={reset.email} expired={linkDead} />
      ) : (
        linkDead
      )}
    </div>
  );
}
