import type { MetadataRoute } from 'next';
import { catalogs } from '../../messages';
import type { Locale } from '../i18n/locales';
import { requestLocale } from '../i18n/request-locale';

/** The installed app's name and description in one language; `lang` says which (the manifest's own field). */
export function buildManifest(locale: Locale): MetadataRoute.Manifest {
  const t = catalogs.common[locale];
  return {
    id: '/',
    name: t.manifestName,
    short_name: t.appName,
    description: t.tagline,
    lang: locale,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7fa',
    theme_color: '#1d3fa6',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/**
 * The manifest's language: `?lang=` (the page links to its own language's manifest, since browsers fetch manifests
 * without cookies unless the link says `crossorigin="use-credentials"`), else the language cookie, else the browser's.
 */
export function manifestLocale(url: URL, headers: Headers): Locale {
  return requestLocale(headers, url.searchParams.get('lang'));
}
