import { getT } from '@/lib/i18n/get-t';
import { AdminNavLinks } from './admin-nav-links';

export const ADMIN_SECTIONS = [
  { href: '/admin/compose', key: 'compose' },
  { href: '/admin/notifications', key: 'history' },
  { href: '/admin/devices', key: 'devices' },
  { href: '/admin/topics', key: 'topics' },
  { href: '/admin/tokens', key: 'tokens' },
  { href: '/admin/people', key: 'people' },
  { href: '/admin/audit', key: 'audit' },
] as const;

export async function AdminNav() {
  const t = await getT('admin');
  const sections = ADMIN_SECTIONS.map((s) => ({ href: s.href, label: t(s.key) }));
  const items = [{ href: '/admin', label: t('home') }, ...sections];
  return (
    <nav aria-label={t('navLabel')} className="admin-nav">
      <AdminNavLinks items={items} />
    </nav>
  );
}
