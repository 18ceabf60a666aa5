/* Crieur's single service worker: offline page now; push, notificationclick and pushsubscriptionchange below. */
const OFFLINE_CACHE = 'crieur-offline-v2';
const OFFLINE_URL = '/offline';
const PRECACHE = [OFFLINE_URL, '/icons/icon-192.png', '/icons/badge-72.png'];

// The offline page must also look right and hydrate (its retry button) with no network: cache the build's CSS and
// JS it names. Build files are content-hashed, so this snapshot stays consistent with the cached HTML.
async function precacheOffline() {
  const cache = await caches.open(OFFLINE_CACHE);
  await cache.addAll(PRECACHE.map((u) => new Request(u, { cache: 'reload' })));
  const html = await (await cache.match(OFFLINE_URL)).text();
  const assets = new Set(html.match(/\/_next\/static\/[^"'\\\s)]+/g) || []);
  await cache.addAll([...assets]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheOffline());
});

self.addEventListener('message', (event) => {
  // workbox-window's messageSkipWaiting(): the page asks a waiting update to take over.
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith('crieur-offline-') && k !== OFFLINE_CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

// Pages always come from the network (they are personal and live); only when it fails is the offline page shown.
// The offline page's own files fall back to the cache the same way.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(async () => (await caches.match(OFFLINE_URL)) || Response.error()));
    return;
  }
  const url = new URL(req.url);
  if (url.origin === self.location.origin && (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/icons/'))) {
    event.respondWith(fetch(req).catch(async () => (await caches.match(req)) || Response.error()));
  }
});
