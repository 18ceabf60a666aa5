import type { Workbox } from 'workbox-window';

let registration: Promise<ServiceWorkerRegistration | undefined> | undefined;

/**
 * Registers /sw.js once per page load (every caller shares the promise). A new worker waiting behind an open tab
 * is told to take over, so a fix to push handling reaches users without closing every tab.
 */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator)) return Promise.resolve(undefined);
  registration ??= (async () => {
    const { Workbox } = await import('workbox-window');
    const wb: Workbox = new Workbox('/sw.js', { scope: '/' });
    wb.addEventListener('waiting', () => wb.messageSkipWaiting());
    try {
      return await wb.register();
    } catch (err) {
      console.warn('service worker registration failed', err);
      return undefined;
    }
  })();
  return registration;
}
