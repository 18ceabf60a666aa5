import Link from 'next/link';
import { NotificationPreferencesCell } from '@/components/notification-preferences/notification-preferences-cell';
import { requireUser } from '@/lib/auth/require-principal';
import { getMessages, getT } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('common', 'settingsTitle');

export default async function NotificationSettingsPage() {
  const user = await requireUser({ callbackUrl: '/settings/notifications' });
  const [t, account] = await Promise.all([getT('common'), getMessages('account')]);
  return (
    <>
      <h1>{t('settingsTitle')}</h1>
      <NotificationPreferencesCell user={user} />
      <p>
        <Link href="/settings/account">{account.accountSettingsLink}</Link>
      </p>
    </>
  );
}
