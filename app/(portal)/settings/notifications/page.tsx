import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationSettingsPage() {
  const t = await getT('common');
  return <h1>{t('settingsTitle')}</h1>;
}
