'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type AdminNavItem = { href: string; label: string };

/** The section a path belongs to: /admin only for itself, a section for itself and its sub-pages. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The console's sections, the current one marked (aria-current) for screen readers and by its style. */
export function AdminNavLinks({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="row">
      {items.map((s) => (
        <li key={s.href}>
          <Link href={s.href} aria-current={isCurrentSection(s.href, pathname) ? 'page' : undefined}>
            {s.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
