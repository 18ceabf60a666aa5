/* Crieur's single service worker: offline page now; push, notificationclick and pushsubscriptionchange below. */
// The link rule the server validates with (lib/validation/link.ts imports the same file): self.CrieurLinkRule.
importScripts('/link-rule.js');
const OFFLINE_CACHE = 'crieur-offline-v3';
const OFFLINE_URL = '/offline';
const PRECACHE = [OFFLINE_URL, '/icons/icon-192.png', '/icons/badge-72.png'];

// The offline page must also look right and hydrate (its retry button) with no network: cache the build's CSS and
// JS it names. Build files are content-hashed, so this snapshot stays consistent with the cached HTML. The page is
// fetched without cookies: it is shown to whoever uses this browser next, so it must not name anyone. Its cached CSP
// header and its scripts share one nonce, so it runs under the same strict policy offline.
async function precacheOffline() {
  const cache = await caches.open(OFFLINE_CACHE);
  await cache.addAll(PRECACHE.map((u) => new Request(u, { cache: 'reload', credentials: 'omit' })));
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
      await Promise.all(
        keys.filter((k) => k.startsWith('crieur-offline-') && k !== OFFLINE_CACHE).map((k) => caches.delete(k)),
      );
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
  if (
    url.origin === self.location.origin &&
    (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/icons/'))
  ) {
    event.respondWith(fetch(req).catch(async () => (await caches.match(req)) || Response.error()));
  }
});

/* ------------------------------------------------------ push ------------------------------------------------------ */

const DEFAULT_TITLE = 'Crieur';

// The payload is JSON built by lib/push (see lib/push/build-payload.ts); anything else is shown as the body
// of a plain one. Ours carries our fields and, beside them, the declarative form (web_push: 8030) Safari reads; a
// message with only the declarative form is read from that.
function parsePushData(data) {
  if (!data) return { title: DEFAULT_TITLE };
  try {
    const json = data.json();
    // An id-only payload (over the size budget, or private mode) is completed by resolvePayload() below.
    if (
      json &&
      typeof json === 'object' &&
      (typeof json.title === 'string' || typeof json.notificationId === 'string' || typeof json.testPushId === 'string')
    )
      return json;
    if (json && typeof json === 'object' && json.web_push === 8030)
      return fromDeclarative(json.notification, json.app_badge);
  } catch {
    /* not JSON */
  }
  return { title: DEFAULT_TITLE, body: data.text() };
}

// The fields this worker reads, from a declarative notification (the JSON member, or the Notification the browser
// proposes in the push event: both have title, body, tag, icon, image, data, actions and navigate).
function fromDeclarative(n, appBadge) {
  if (!n || typeof n.title !== 'string') return { title: DEFAULT_TITLE };
  const data = n.data || {};
  const links = data.links || {};
  return {
    title: n.title,
    body: n.body,
    url: n.navigate || data.url,
    tag: n.tag || undefined,
    icon: n.icon,
    image: n.image || undefined,
    notificationId: data.notificationId || undefined,
    lang: n.lang,
    dir: n.dir,
    app_badge: appBadge,
    actions: (n.actions || []).map((a) => ({ action: a.action, title: a.title, url: links[a.action] })),
  };
}

// Only our own pages are opened from a click on the notification: a payload cannot turn it into a redirect
// elsewhere, nor smuggle "/\t/evil.example" past the rule (a link stored before the rule existed included).
function sameOriginUrl(url) {
  return self.CrieurLinkRule.sameOriginHref(url || '/', self.location.origin) || self.location.origin + '/';
}

/* ----------------------------------- inbox (delivery): content by id, read, ack ----------------------------------- */

const NEW_MESSAGE = { en: 'New message', fr: 'Nouveau message' };

// Only the id crossed the push service: fetch the content with the user's cookie. If that fails (signed out,
// offline), still show something, pointing to the inbox: a push must display a notification. A test push (the
// notification cell's, the composer's draft) has no inbox entry: it is fetched by its own id (falls back to settings).
async function resolvePayload(p) {
  if (typeof p.title === 'string') return p;
  if (typeof p.testPushId === 'string')
    return (
      (await fetchContent('/api/push/test/' + encodeURIComponent(p.testPushId))) || fallback('/settings/notifications')
    );
  if (!p.notificationId) return p;
  const content = await fetchContent('/api/notifications/' + encodeURIComponent(p.notificationId));
  return content || { ...fallback('/inbox'), tag: p.notificationId, notificationId: p.notificationId };
}

async function fetchContent(path) {
  try {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (res.ok) return await res.json();
  } catch {
    /* offline: fall through */
  }
  return null;
}

function fallback(url) {
  const lang = (self.navigator.language || 'en').slice(0, 2);
  return { title: DEFAULT_TITLE, body: NEW_MESSAGE[lang] || NEW_MESSAGE.en, url };
}

// Open pages re-render (header badge, inbox) when a push arrives or a notification button changed the inbox.
async function notifyPages(message) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const w of windows) w.postMessage(message);
}

async function changeInbox(notificationId, change) {
  if (!notificationId) return;
  try {
    const res = await fetch('/api/notifications/' + encodeURIComponent(notificationId) + '/' + change, {
      method: 'POST',
      credentials: 'same-origin',
    });
    if (res.ok && self.navigator.setAppBadge) {
      const { unread } = await res.json();
      await (unread ? self.navigator.setAppBadge(unread) : self.navigator.clearAppBadge()).catch(() => undefined);
    }
  } catch {
    /* offline: the inbox still shows it unread; nothing is lost */
  }
  await notifyPages({ type: 'crieur:inbox-changed', notificationId });
}

// A link action is an explicit button an admin labelled ("Map of the works"):
// it may leave the site, but only for https.
function linkActionUrl(url) {
  return self.CrieurLinkRule.linkHref(url, self.location.origin) || self.location.origin + '/';
}

// An icon or image the rule refuses is left out rather than fetched.
function safeImage(url, fallback) {
  return self.CrieurLinkRule.linkHref(url, self.location.origin) || fallback;
}

// The app badge (Badging API, iOS Home Screen apps and installed apps elsewhere): the unread count the server
// counted at send time. Declarative engines set it themselves when they show the message without us.
async function setBadge(count) {
  if (typeof count !== 'number' || !self.navigator.setAppBadge) return;
  await (count > 0 ? self.navigator.setAppBadge(count) : self.navigator.clearAppBadge()).catch(() => undefined);
}

/* ------------------------------- reach: the delivery shown and opened, best-effort ------------------------------- */

// The receipt the push carried (lib/push/build-payload.ts), kept on the notification for its click.
function receiptOf(p) {
  return p && typeof p.deliveryId === 'string' && typeof p.reportToken === 'string'
    ? { deliveryId: p.deliveryId, reportToken: p.reportToken }
    : null;
}

// Tells the portal the delivery was shown or opened. No cookie (the person may be signed out here): the token is
// the proof. Never throws and never runs before the notification is shown: a lost report only lowers a count.
async function reportDelivery(receipt, event) {
  if (!receipt) return;
  try {
    await fetch('/api/push/receipts', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deliveryId: receipt.deliveryId, token: receipt.reportToken, event }),
    });
  } catch {
    /* offline, or the portal is down: the report is lost, the notification is not */
  }
}

// `proposed`: the Notification a declarative engine (Safari 18.4+) built from the message and hands to the push
// event because the message is mutable. Showing ours in the event replaces it (and it has the same tag), so the
// person sees one notification, ours: its buttons acknowledge and open outside links, which declarative ones cannot.
async function showPush(data, proposed, appBadge) {
  const parsed = data ? parsePushData(data) : fromDeclarative(proposed, appBadge);
  const p = await resolvePayload(parsed);
  const links = {};
  for (const a of Array.isArray(p.actions) ? p.actions : [])
    if (a && a.action && a.url) links[String(a.action)] = String(a.url);
  const maxActions = (self.Notification && self.Notification.maxActions) || 2;
  const actions = Array.isArray(p.actions)
    ? p.actions
        .filter((a) => a && a.action && a.title)
        .slice(0, maxActions)
        .map((a) => ({ action: String(a.action), title: String(a.title) }))
    : [];
  await self.registration.showNotification(p.title || DEFAULT_TITLE, {
    body: p.body || '',
    icon: safeImage(p.icon, '/icons/icon-192.png'),
    badge: '/icons/badge-72.png',
    image: safeImage(p.image, undefined),
    tag: p.tag || undefined,
    // Chrome throws on renotify without a tag.
    renotify: Boolean(p.tag && p.renotify),
    timestamp: typeof p.timestamp === 'number' ? p.timestamp : undefined,
    // The recipient's language variant: the system picks fonts, voice and the text's direction from these.
    lang: typeof p.lang === 'string' ? p.lang : '',
    dir: p.dir === 'rtl' || p.dir === 'ltr' ? p.dir : 'auto',
    data: {
      url: sameOriginUrl(p.url),
      notificationId: p.notificationId || null,
      ...(Object.keys(links).length ? { links } : {}),
      ...(receiptOf(parsed) ? { receipt: receiptOf(parsed) } : {}),
    },
    actions,
  });
  // Only once showNotification has resolved: the notification is on screen, whatever becomes of the report.
  const shown = reportDelivery(receiptOf(parsed), 'shown');
  await setBadge(typeof appBadge === 'number' ? appBadge : parsed.app_badge);
  await notifyPages({ type: 'crieur:push', notificationId: p.notificationId || null });
  await shown;
}

self.addEventListener('push', (event) => {
  // Inside waitUntil: a push that shows nothing costs the site its silent-push allowance (userVisibleOnly).
  event.waitUntil(showPush(event.data, event.notification, event.appBadge));
});

async function focusOrOpen(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((w) => w.url === url);
  if (open && 'focus' in open) return open.focus();
  return self.clients.openWindow(url);
}

// "OK": acknowledged on the server (which also marks it read), without opening a window.
function acknowledgeNotification(notificationId) {
  return changeInbox(notificationId, 'ack');
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  // Any click, on the body or a button: the person saw it and acted.
  event.waitUntil(reportDelivery(data.receipt, 'opened'));
  if (event.action === 'dismiss') return;
  if (event.action === 'ack') {
    event.waitUntil(acknowledgeNotification(data.notificationId));
    return;
  }
  // A click on the body ('') or on any other action opens the message's page (or the link action's URL) and marks
  // the message read. Both start at once: openWindow is only allowed while the click is fresh.
  const link = event.action && data.links && data.links[event.action];
  event.waitUntil(
    Promise.all([
      focusOrOpen(link ? linkActionUrl(link) : data.url || sameOriginUrl('/')),
      changeInbox(data.notificationId, 'read'),
    ]),
  );
});

function toBase64Url(buffer) {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// The browser replaced (or expired) the subscription: subscribe again with the same application server key and tell
// the server, which moves the old endpoint's row to the new subscription. Both steps are awaited inside waitUntil,
// or the worker could be stopped between them and the device silently lose its notifications.
async function resubscribe(oldSubscription, newSubscription) {
  const oldKey = oldSubscription && oldSubscription.options && oldSubscription.options.applicationServerKey;
  let applicationServerKey = oldKey ? toBase64Url(oldKey) : null;
  if (!applicationServerKey) {
    const res = await fetch('/api/push/vapid-public-key', { credentials: 'same-origin' });
    if (!res.ok) throw new Error('vapid-public-key ' + res.status);
    applicationServerKey = (await res.json()).publicKey;
  }
  const subscription =
    newSubscription || (await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey }));
  const res = await fetch('/api/push/subscriptions/change', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      oldEndpoint: oldSubscription ? oldSubscription.endpoint : null,
      subscription: { ...subscription.toJSON(), applicationServerKey },
    }),
  });
  // 401: nobody is signed in on this browser any more; the next signed-in visit stores the subscription.
  if (!res.ok && res.status !== 401) throw new Error('subscription change ' + res.status);
}

self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(resubscribe(event.oldSubscription, event.newSubscription));
});
