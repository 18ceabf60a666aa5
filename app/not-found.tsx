import Link from 'next/link';
import { getT } from '@/lib/i18n/get-t';

export default async function NotFound() {
  const t = await getT('common');
  return (
    <div className="card card--narrow">
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundBody')}</p>
      <Link className="btn" href="/">
        {t('backHome')}
      </Link>
    </div>
  );
}
