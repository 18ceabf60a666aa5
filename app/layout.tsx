import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { RegisterServiceWorker } from '@/components/register-service-worker';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getLocale, getT } from '@/lib/i18n/get-t';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Crieur', template: '%s · Crieur' },
  description: 'Your town’s news, on every device',
  manifest: '/manifest.webmanifest',
  appleWebApp: { capable: true, title: 'Crieur', statusBarStyle: 'default' },
  icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
};

export const viewport: Viewport = { themeColor: '#1d3fa6', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getT('common')]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">{t('skipToContent')}</a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>{children}</main>
        <SiteFooter />
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
