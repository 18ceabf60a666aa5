// Runs public/sw.js in a sandbox that stands in for a ServiceWorkerGlobalScope: importScripts reads from public/,
// events are dispatched by hand, and what the worker shows or opens is recorded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const PUBLIC = path.resolve(__dirname, '../public');
export const SW_ORIGIN = 'https://crieur.test';

type Shown = {
  title: string;
  options: {
    body?: string;
    icon?: string;
    image?: string;
    tag?: string;
    renotify?: boolean;
    timestamp?: number;
    actions?: Array<{ action: string; title: string }>;
    data: {
      url: string;
      notificationId?: string | null;
      links?: Record<string, string>;
      receipt?: { deliveryId: string; reportToken: string };
    };
  };
};

/** Stand-ins for the worker's network and notification calls, to watch their order or make them fail. */
export type ServiceWorkerOverrides = {
  fetch?: (url: string, init?: RequestInit) => Promise<unknown>;
  showNotification?: (title: string, options: Shown['options']) => Promise<void>;
};

export function loadServiceWorker(overrides: ServiceWorkerOverrides = {}) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const shown: Shown[] = [];
  const opened: string[] = [];
  /** setAppBadge(n) calls, clearAppBadge() as 0. */
  const badges: number[] = [];
  const scope: Record<string, unknown> = {
    URL,
    console,
    btoa,
    Response,
    location: { origin: SW_ORIGIN },
    navigator: {
      language: 'en',
      setAppBadge: async (n: number) => void badges.push(n),
      clearAppBadge: async () => void badges.push(0),
    },
    addEventListener: (type: string, fn: (event: unknown) => void) => (handlers[type] = fn),
    importScripts: (...urls: string[]) =>
      urls.forEach((u) => vm.runInContext(readFileSync(path.join(PUBLIC, u), 'utf8'), context)),
    fetch: overrides.fetch ?? (async () => ({ ok: false, status: 503 })),
    registration: {
      showNotification: async (title: string, options: Shown['options']) => {
        await overrides.showNotification?.(title, options);
        shown.push({ title, options });
      },
    },
    clients: { matchAll: async () => [], openWindow: async (url: string) => void opened.push(url) },
  };
  const context = vm.createContext(scope);
  scope.self = context;
  vm.runInContext(readFileSync(path.join(PUBLIC, 'sw.js'), 'utf8'), context);

  async function dispatch(type: string, event: Record<string, unknown>) {
    const pending: Promise<unknown>[] = [];
    handlers[type]({ ...event, waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
  }

  return {
    /** What `self.CrieurLinkRule` is inside the worker. */
    rule: scope.CrieurLinkRule as { isSafeLink(v: unknown): boolean },
    shown,
    opened,
    badges,
    /** A push event; `extra`: what a declarative engine adds (notification: the proposed one, appBadge). */
    push: (payload: unknown, extra: Record<string, unknown> = {}) =>
      dispatch('push', {
        data: payload === null ? null : { json: () => payload, text: () => JSON.stringify(payload) },
        ...extra,
      }),
    click: (data: unknown, action = '') =>
      dispatch('notificationclick', { action, notification: { data, close() {} } }),
  };
}
