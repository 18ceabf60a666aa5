import type { Metadata } from 'next';
import Link from 'next/link';
import { ADMIN_SECTIONS } from '@/components/admin/admin-nav';
import { getT } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  const t = await getT('admin');
  return (
    <>
      <h1>{t('home')}</h1>
      <p className="muted">{t('homeIntro')}</p>
      <ul className="grid">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href} className="card"><Link href={s.href}>{t(s.key)}</Link></li>
        ))}
      </ul>
    </>
  );
}
