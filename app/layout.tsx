import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { KeepPushDevice } from '@/components/keep-push-device';
import { RegisterServiceWorker } from '@/components/register-service-worker';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getUserPrincipal } from '@/lib/auth/require-principal';
import { getLocale, getT } from '@/lib/i18n/get-t';
import { getVapidPublicKeyOrNull } from '@/lib/push/vapid-keys';
import './globals.css';

// In the request's language, like every page's title: the description is what a shared link's preview shows.
export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT('common'), getLocale()]);
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('tagline'),
    manifest: `/manifest.webmanifest?lang=${locale}`,
    appleWebApp: { capable: true, title: t('appName'), statusBarStyle: 'default' },
    icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { themeColor: '#1d3fa6', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, user] = await Promise.all([getLocale(), getT('common'), getUserPrincipal()]);
  const vapidKey = user ? getVapidPublicKeyOrNull() : null;
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider locale={locale}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteHeader user={user} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <RegisterServiceWorker />
          {vapidKey && <KeepPushDevice vapidKey={vapidKey} />}
        </LocaleProvider>
      </body>
    </html>
  );
}
