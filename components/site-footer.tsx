import { getT } from '@/lib/i18n/get-t';

export async function SiteFooter() {
  const t = await getT('common');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer')}</p>
      </div>
    </footer>
  );
}
