// public/sw.js's shown/opened reports: sent only after showNotification has resolved, never in the way of showing
// (a failing or hanging report still shows the notification), and on a click on the body or any button.
import { describe, expect, it } from 'vitest';
import { buildPayload, type PayloadSource } from '../lib/push/build-payload';
import { loadServiceWorker, SW_ORIGIN } from './service-worker-harness';

const source: PayloadSource = {
  id: 'cnotif1',
  title: 'Storm',
  body: 'Stay home tonight',
  url: '/inbox/cnotif1',
  actions: [{ type: 'ack', title: 'OK' }],
};
const receipt = { deliveryId: '42', reportToken: 'A'.repeat(22) };
const message = (opts: { private?: boolean } = {}) =>
  JSON.parse(buildPayload(source, { origin: SW_ORIGIN, ...opts }).json(1, receipt));

type Call = { url: string; body?: unknown };
const reports = (calls: Call[]) => calls.filter((c) => c.url === '/api/push/receipts').map((c) => c.body);

function recording(log: string[], answer: (url: string) => Promise<unknown> = async () => ({ ok: true })) {
  const calls: Call[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    log.push(`fetch ${url}`);
    calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return answer(url);
  };
  return { calls, fetch };
}

describe('the service worker’s delivery reports', () => {
  it('reports “shown” once showNotification has resolved, with the receipt, and no cookie', async () => {
    const log: string[] = [];
    let credentials: RequestCredentials | undefined;
    const net = recording(log);
    const sw = loadServiceWorker({
      fetch: (url, init) => ((credentials = init?.credentials), net.fetch(url, init)),
      showNotification: async () => {
        await new Promise((r) => setTimeout(r, 20));
        log.push('shown');
      },
    });
    await sw.push(message());
    expect(log).toEqual(['shown', 'fetch /api/push/receipts']);
    expect(reports(net.calls)).toEqual([{ deliveryId: '42', token: receipt.reportToken, event: 'shown' }]);
    expect(credentials).toBe('omit');
    expect(sw.shown[0].options.data.receipt).toEqual(receipt);
  });

  it('sends nothing when the notification could not be shown, and still shows when the report fails', async () => {
    const log: string[] = [];
    const net = recording(log);
    const failing = loadServiceWorker({
      fetch: net.fetch,
      showNotification: async () => {
        throw new TypeError('no permission');
      },
    });
    await expect(failing.push(message())).rejects.toThrow('no permission');
    expect(reports(net.calls)).toEqual([]);

    const offline = loadServiceWorker({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await offline.push(message());
    expect(offline.shown).toHaveLength(1);
  });

  it('carries the receipt through a private (id-only) payload completed by the portal', async () => {
    const log: string[] = [];
    const content = { title: 'Storm', body: 'Stay home', url: '/inbox/cnotif1', notificationId: 'cnotif1' };
    const net = recording(log, async (url) =>
      url.startsWith('/api/notifications/') ? { ok: true, json: async () => content } : { ok: true },
    );
    const sw = loadServiceWorker({ fetch: net.fetch });
    await sw.push(message({ private: true }));
    expect(sw.shown[0].title).toBe('Storm');
    expect(reports(net.calls)).toEqual([{ deliveryId: '42', token: receipt.reportToken, event: 'shown' }]);
  });

  it('reports “opened” on a click on the body and on a button; a push without a receipt reports nothing', async () => {
    const log: string[] = [];
    const net = recording(log);
    const sw = loadServiceWorker({ fetch: net.fetch });
    await sw.push(message());
    const { data } = sw.shown[0].options;
    await sw.click(data);
    await sw.click(data, 'ack');
    expect(reports(net.calls).slice(1)).toEqual([
      { deliveryId: '42', token: receipt.reportToken, event: 'opened' },
      { deliveryId: '42', token: receipt.reportToken, event: 'opened' },
    ]);

    const plain = recording([]);
    const test = loadServiceWorker({ fetch: plain.fetch });
    await test.push(JSON.parse(buildPayload(source).json(0)));
    await test.click(test.shown[0].options.data);
    expect(reports(plain.calls)).toEqual([]);
  });
});
