import Link from 'next/link';
import { getT } from '@/lib/i18n/get-t';

export default async function NotFound() {
  const t = await getT('common');
  return (
    <div className="card">
      <h1>{t('notFound')}</h1>
      <p><Link href="/">{t('navHome')}</Link></p>
    </div>
  );
}
