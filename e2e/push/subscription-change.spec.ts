import {
  browserSubscription,
  devicesOf,
  expect,
  installTestPushService,
  mockSubscribe,
  receivedPushes,
  test,
} from '../fixtures/push';

test('pushsubscriptionchange: the service worker re-subscribes with the same key, the server replaces the row', async ({
  page,
  context,
  signUp,
}) => {
  await installTestPushService(context);
  await signUp();
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  const [before] = await devicesOf(context);
  const old = (await browserSubscription(page))!;
  const { publicKey } = await (await context.request.get('/api/push/vapid-public-key')).json();
  const next = await mockSubscribe(publicKey); // what the push service hands out on re-subscription

  // The event cannot be raised natively: dispatch a synthetic one whose old subscription lacks its key, so the worker
  // must fetch /api/push/vapid-public-key. waitUntil is shimmed (untrusted events refuse it) and awaited here.
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const subscribeCalls = await sw.evaluate(
    async ({ oldEndpoint, next }) => {
      const calls: Array<{ userVisibleOnly?: boolean; applicationServerKey: unknown }> = [];
      PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
        calls.push({ userVisibleOnly: options?.userVisibleOnly, applicationServerKey: options?.applicationServerKey });
        return {
          endpoint: next.endpoint,
          options: { applicationServerKey: null },
          toJSON: () => ({ endpoint: next.endpoint, expirationTime: null, keys: next.keys }),
        } as unknown as PushSubscription;
      };
      const event = new (
        self as unknown as { PushSubscriptionChangeEvent: { new (type: string): Event } }
      ).PushSubscriptionChangeEvent('pushsubscriptionchange');
      Object.defineProperty(event, 'oldSubscription', {
        value: { endpoint: oldEndpoint, options: { applicationServerKey: null } },
      });
      let pending: Promise<unknown> = Promise.resolve();
      Object.defineProperty(event, 'waitUntil', { value: (p: Promise<unknown>) => (pending = p) });
      self.dispatchEvent(event);
      await pending;
      return calls;
    },
    { oldEndpoint: old.endpoint, next },
  );
  expect(subscribeCalls).toEqual([{ userVisibleOnly: true, applicationServerKey: publicKey }]);

  // Same row (id, name, history), new endpoint: a test notification now reaches the new subscription only.
  expect(await devicesOf(context)).toEqual([
    expect.objectContaining({ id: before.id, name: before.name, createdAt: before.createdAt }),
  ]);
  const res = await context.request.post('/api/push/test', { data: {} });
  expect(await res.json()).toEqual({ delivered: 1, gone: 0, failed: 0 });
  expect(await receivedPushes(next)).toHaveLength(1);
  expect(await receivedPushes(old)).toHaveLength(0);
});
