import Link from 'next/link';
import { getT } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('common', 'forbiddenTitle', { robots: { index: false } });

export default async function ForbiddenPage() {
  const t = await getT('common');
  return (
    <div className="card card--narrow">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <Link className="btn" href="/">
        {t('backHome')}
      </Link>
    </div>
  );
}
