import { registerServiceWorker } from '../sw/register-service-worker';
import { callApi, subscriptionBody, toBase64Url, type ApiResult, type DeviceView } from './push-api';
import { SUBSCRIBE_TIMEOUT_MS, withTimeout } from './with-timeout';

export type Support = 'ok' | 'unsupported' | 'ios-install';

/** What this browser can do. iOS/iPadOS Safari exposes push only to sites added to the Home Screen. */
export function detectSupport(): Support {
  const nav = navigator as Navigator & { standalone?: boolean };
  const ios = /iPhone|iPad|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  const installed = nav.standalone === true || window.matchMedia?.('(display-mode: standalone)').matches;
  if (ios && !installed) return 'ios-install';
  if (!('serviceWorker' in nav) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  return 'ok';
}

/** The active registration of /sw.js (pushManager.subscribe needs an active worker), or null. */
export async function activeRegistration(): Promise<ServiceWorkerRegistration | null> {
  if (!(await registerServiceWorker())) return null;
  return navigator.serviceWorker.ready;
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  const reg = await activeRegistration();
  return reg ? reg.pushManager.getSubscription() : null;
}

function subscribe(reg: ServiceWorkerRegistration, vapidKey: string) {
  // userVisibleOnly: every push shows a notification (Chrome and Safari refuse silent push).
  return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: vapidKey });
}

type Stored = ApiResult<{ device: DeviceView }>;

/**
 * Subscribes this browser and stores the subscription; undoes the browser half if the server refuses it. Rejects
 * with PushTimeoutError when the service worker or the push service gives no answer within `timeoutMs`.
 */
export async function subscribeAndStore(vapidKey: string, timeoutMs = SUBSCRIBE_TIMEOUT_MS): Promise<Stored> {
  const reg = await withTimeout(activeRegistration(), timeoutMs);
  if (!reg) return { ok: false, status: 0 };
  const sub = await withTimeout(subscribe(reg, vapidKey), timeoutMs);
  const res = await callApi<{ device: DeviceView }>('POST', '/api/push/subscriptions', subscriptionBody(sub));
  if (!res.ok) await sub.unsubscribe().catch(() => undefined);
  return res;
}

/**
 * On each page load (as Mastodon does): store the browser's subscription again (the server may lack it; it also
 * marks the device seen), or re-subscribe when it was made with another VAPID key than the server's current one.
 */
export async function reconcile(sub: PushSubscription, vapidKey: string): Promise<Stored> {
  const key = sub.options?.applicationServerKey;
  if (!key || toBase64Url(key) === vapidKey) {
    const res: Stored = await callApi('POST', '/api/push/subscriptions', subscriptionBody(sub));
    if (res.ok || res.fields?.applicationServerKey !== 'stale_vapid_key') return res;
  }
  const reg = await activeRegistration();
  if (!reg) return { ok: false, status: 0 };
  await sub.unsubscribe();
  const fresh = await subscribe(reg, vapidKey);
  return callApi('POST', '/api/push/subscriptions/change', {
    oldEndpoint: sub.endpoint,
    subscription: subscriptionBody(fresh),
  });
}

// One reconcile at a time per subscription: the root layout's KeepPushDevice and the preferences cell both run it on
// a page load, and two would race (two re-subscriptions after a VAPID key rotation). Shared while in flight only, so a
// later load (or the cell after a change) asks the server again.
const reconciling = new Map<string, Promise<Stored>>();

export function reconcileOnce(sub: PushSubscription, vapidKey: string): Promise<Stored> {
  let running = reconciling.get(sub.endpoint);
  if (!running) {
    running = reconcile(sub, vapidKey).finally(() => reconciling.delete(sub.endpoint));
    reconciling.set(sub.endpoint, running);
  }
  return running;
}

/**
 * Resolves once no reconcile is in flight. The cell's buttons wait for it: an answer arriving after "Turn off" would
 * otherwise store the device again (on the server, and in the list).
 */
export function reconcileSettled(): Promise<unknown> {
  return Promise.allSettled([...reconciling.values()]);
}

/**
 * Every page, for a signed-in person: stores this browser's subscription again if the server lost it (Safari keeps
 * answering 201 for dead ones, Chrome never fires pushsubscriptionchange) and marks the device seen. Never prompts:
 * only a browser that already granted the permission and holds a subscription is reconciled.
 */
export async function keepThisDevice(vapidKey: string): Promise<Stored | null> {
  if (detectSupport() !== 'ok' || Notification.permission !== 'granted') return null;
  const sub = await currentSubscription();
  return sub ? reconcileOnce(sub, vapidKey) : null;
}

/** Forgets this browser's subscription on the server (while the session lasts), then in the browser. */
export async function unsubscribeThisDevice(): Promise<void> {
  const sub = await currentSubscription();
  if (!sub) return;
  await callApi('DELETE', '/api/push/subscriptions', { endpoint: sub.endpoint });
  await sub.unsubscribe().catch(() => undefined);
}
