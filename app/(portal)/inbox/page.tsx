import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Inbox' };

export default async function InboxPage() {
  const t = await getT('common');
  return <h1>{t('inboxTitle')}</h1>;
}
