import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NotificationPreferencesCell } from '@/components/notification-preferences/notification-preferences-cell';
import { getCurrentUser } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationSettingsPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getT('common')]);
  if (!user) redirect('/signin');
  return (
    <>
      <h1>{t('settingsTitle')}</h1>
      <NotificationPreferencesCell user={user} />
    </>
  );
}
