import Link from 'next/link';
import type { UserPrincipal } from '@/lib/principal/principal';
import { getLocale, getT } from '@/lib/i18n/get-t';
import { LanguageSwitcher } from './language-switcher';
import { NavLink } from './nav-link';
import { SignOutButton } from './sign-out-button';
import { UnreadBadge } from './unread-badge';

export async function SiteHeader({ user }: { user: UserPrincipal | null }) {
  const [t, locale] = await Promise.all([getT('common'), getLocale()]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <img src="/icons/icon-192.png" alt="" width={32} height={32} />
          {t('appName')}
        </Link>
        {user && (
          <nav className="site-nav" aria-label={t('mainNav')}>
            <ul>
              <li>
                <NavLink href="/">{t('navHome')}</NavLink>
              </li>
              <li>
                <NavLink href="/inbox">
                  {t('navInbox')} <UnreadBadge user={user} label={t('unreadBadge')} />
                </NavLink>
              </li>
              <li>
                <NavLink href="/settings/notifications">{t('navSettings')}</NavLink>
              </li>
              <li>
                <NavLink href="/settings/account">{t('navAccount')}</NavLink>
              </li>
              {user.role === 'admin' && (
                <li>
                  <NavLink href="/admin">{t('navAdmin')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="header-user">
          <LanguageSwitcher locale={locale} label={t('language')} />
          {user ? (
            <>
              <span className="visually-hidden">{t('signedInAs', { name: user.name })}</span>
              <span aria-hidden="true">{user.name}</span>
              <SignOutButton label={t('signOut')} />
            </>
          ) : (
            <>
              <Link href="/signin">{t('signIn')}</Link>
              <Link href="/signup">{t('signUp')}</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
