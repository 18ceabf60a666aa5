// The root layout's KeepPushDevice and the preferences cell reconcile on the same page load: one request, not two.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBase64Url } from './push-api';
import { reconcileOnce, reconcileSettled } from './push-browser';

const key = new Uint8Array([4, 1, 2, 3]).buffer;
const sub = {
  endpoint: 'https://push.example/abc',
  options: { applicationServerKey: key },
  toJSON: () => ({ endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } }),
} as unknown as PushSubscription;

describe('reconcileOnce', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shares one request between callers while it runs, and asks again afterwards', async () => {
    const fetch = vi.fn(async () => Response.json({ device: { id: 'd1' } }));
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([reconcileOnce(sub, toBase64Url(key)), reconcileOnce(sub, toBase64Url(key))]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, data: { device: { id: 'd1' } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    await reconcileOnce(sub, toBase64Url(key));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('reconcileSettled', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the reconcile in flight, so a button pressed meanwhile acts after its answer', async () => {
    let answer!: (r: Response) => void;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const order: string[] = [];
    const running = reconcileOnce(sub, toBase64Url(key)).then(() => order.push('reconciled'));
    const waiting = reconcileSettled().then(() => order.push('button'));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    answer(Response.json({ device: { id: 'd1' } }));
    await Promise.all([running, waiting]);
    expect(order).toEqual(['reconciled', 'button']);
    await expect(reconcileSettled()).resolves.toEqual([]);
  });
});
