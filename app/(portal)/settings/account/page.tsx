import Link from 'next/link';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { requireUser } from '@/lib/auth/require-principal';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { titleFrom } from '@/lib/i18n/page-title';
import { countSessions } from '@/lib/sessions/count-sessions';

export const generateMetadata = titleFrom('account', 'accountTitle');

export default async function AccountSettingsPage() {
  const user = await requireUser({ callbackUrl: '/settings/account' });
  const [m, sessions, locale] = await Promise.all([getMessages('account'), countSessions(user), getLocale()]);
  return (
    <>
      <h1>{m.accountTitle}</h1>
      <p>{format(m.accountIntro, { name: user.name, email: user.email })}</p>
      <p>
        <Link href="/settings/notifications">{m.notificationSettingsLink}</Link>
      </p>
      <section className="card stack" aria-labelledby="change-password-title">
        <h2 id="change-password-title">{m.changePasswordTitle}</h2>
        <p className="muted">{m.changePasswordIntro}</p>
        <ChangePasswordForm m={m} />
      </section>
      <section className="card stack" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{m.sessionsTitle}</h2>
        <p>{formatMessage(locale, m.sessionsCount, { n: sessions })}</p>
        <p className="muted">{m.sessionsIntro}</p>
        <SignOutEverywhere m={m} />
      </section>
    </>
  );
}
