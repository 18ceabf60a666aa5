import Link from 'next/link';
import { getT } from '@/lib/i18n/get-t';

export const ADMIN_SECTIONS = [
  { href: '/admin/compose', key: 'compose' },
  { href: '/admin/notifications', key: 'history' },
  { href: '/admin/devices', key: 'devices' },
  { href: '/admin/topics', key: 'topics' },
  { href: '/admin/tokens', key: 'tokens' },
] as const;

export async function AdminNav() {
  const t = await getT('admin');
  return (
    <nav aria-label={t('navLabel')} className="admin-nav">
      <ul className="row">
        <li><Link href="/admin">{t('home')}</Link></li>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href}><Link href={s.href}>{t(s.key)}</Link></li>
        ))}
      </ul>
    </nav>
  );
}
