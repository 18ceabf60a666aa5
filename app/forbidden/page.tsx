import type { Metadata } from 'next';
import Link from 'next/link';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Access refused', robots: { index: false } };

export default async function ForbiddenPage() {
  const t = await getT('common');
  return (
    <div className="card">
      <h1>{t('forbiddenTitle')}</h1>
      <p><Link href="/">{t('navHome')}</Link></p>
    </div>
  );
}
