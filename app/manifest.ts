import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Crieur — citizen portal',
    short_name: 'Crieur',
    description: 'Your town’s news, on every device',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7fa',
    theme_color: '#1d3fa6',
    lang: 'en',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
