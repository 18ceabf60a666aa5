import webpush from 'web-push';
import { browserSubscription, devicesOf, expect, installTestPushService, mockSubscribe, receivedPushes, test } from '../fixtures/push';

test.beforeEach(async ({ context, signUp }) => {
  await installTestPushService(context);
  await signUp();
});

test('a subscription the server lost is stored again on the next page load', async ({ page, context }) => {
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  const sub = (await browserSubscription(page))!;
  expect((await context.request.delete('/api/push/subscriptions', { data: { endpoint: sub.endpoint } })).status()).toBe(204);
  expect(await devicesOf(context)).toEqual([]);

  await page.goto('/');
  await expect(page.getByRole('listitem').filter({ hasText: 'this device' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  expect(await devicesOf(context)).toHaveLength(1);
  expect((await browserSubscription(page))!.endpoint).toBe(sub.endpoint);
});

test('a subscription made with another VAPID key is replaced by one with the server’s key', async ({ page, context }) => {
  const { publicKey } = await (await context.request.get('/api/push/vapid-public-key')).json();
  const rotatedOut = webpush.generateVAPIDKeys().publicKey;
  const stale = await mockSubscribe(rotatedOut);
  // Let the home page's cell (where sign-up lands) finish its own start-up first: otherwise it may reconcile the
  // planted subscription at the same time as the settings page below, like two racing tabs.
  await expect(page.getByRole('button', { name: 'Turn on notifications on this device' })).toBeVisible();
  await page.evaluate((s) => localStorage.setItem('__testPushSubscription', JSON.stringify(s)), { ...stale, applicationServerKey: rotatedOut });

  await page.goto('/settings/notifications');
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  const fresh = (await browserSubscription(page))!;
  expect(fresh.endpoint).not.toBe(stale.endpoint);
  expect(fresh.applicationServerKey).toBe(publicKey);
  expect(await devicesOf(context)).toHaveLength(1);
  expect(await (await context.request.post('/api/push/test', { data: {} })).json()).toEqual({ delivered: 1, gone: 0, failed: 0 });
  expect(await receivedPushes(fresh)).toHaveLength(1);
});
