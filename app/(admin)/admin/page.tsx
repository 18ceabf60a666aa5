import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  const t = await getT('common');
  return <h1>{t('adminTitle')}</h1>;
}
