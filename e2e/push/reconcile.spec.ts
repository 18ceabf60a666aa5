import type { Page } from '@playwright/test';
import webpush from 'web-push';
import {
  browserSubscription,
  devicesOf,
  expect,
  installTestPushService,
  mockSubscribe,
  receivedPushes,
  test,
} from '../fixtures/push';

/** Turns push on in the cell of the settings page. */
async function turnOnHere(page: Page) {
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
}

test.beforeEach(async ({ context, signUp }) => {
  await installTestPushService(context);
  await signUp();
});

test('a subscription the server lost is stored again on the next page load', async ({ page, context }) => {
  await turnOnHere(page);
  const sub = (await browserSubscription(page))!;
  expect((await context.request.delete('/api/push/subscriptions', { data: { endpoint: sub.endpoint } })).status()).toBe(
    204,
  );
  expect(await devicesOf(context)).toEqual([]);

  await page.goto('/settings/notifications');
  await expect(page.getByRole('listitem').filter({ hasText: 'this device' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  expect(await devicesOf(context)).toHaveLength(1);
  expect((await browserSubscription(page))!.endpoint).toBe(sub.endpoint);
});

test('a subscription made with another VAPID key is replaced by one with the server’s key', async ({
  page,
  context,
}) => {
  const { publicKey } = await (await context.request.get('/api/push/vapid-public-key')).json();
  const rotatedOut = webpush.generateVAPIDKeys().publicKey;
  const stale = await mockSubscribe(rotatedOut);
  // Let the home page (where sign-up lands) finish its own start-up first: otherwise it may look at the planted
  // subscription at the same time as the settings page below reconciles it, like two racing tabs.
  await expect(page.getByTestId('push-status-line')).toContainText('off');
  await page.evaluate((s) => localStorage.setItem('__testPushSubscription', JSON.stringify(s)), {
    ...stale,
    applicationServerKey: rotatedOut,
  });

  await page.goto('/settings/notifications');
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
  const fresh = (await browserSubscription(page))!;
  expect(fresh.endpoint).not.toBe(stale.endpoint);
  expect(fresh.applicationServerKey).toBe(publicKey);
  expect(await devicesOf(context)).toHaveLength(1);
  expect(await (await context.request.post('/api/push/test', { data: {} })).json()).toEqual({
    delivered: 1,
    gone: 0,
    failed: 0,
  });
  expect(await receivedPushes(fresh)).toHaveLength(1);
});

test('a page without the preferences cell (the inbox) also stores a subscription the server lost', async ({
  page,
  context,
}) => {
  await turnOnHere(page);
  const sub = (await browserSubscription(page))!;
  expect((await context.request.delete('/api/push/subscriptions', { data: { endpoint: sub.endpoint } })).status()).toBe(
    204,
  );

  await page.goto('/inbox');
  await expect(page.getByRole('button', { name: 'Turn on notifications on this device' })).toHaveCount(0);
  await expect.poll(async () => (await devicesOf(context)).length).toBe(1);
  // Stored as the same subscription, so the next message reaches this browser again.
  expect(await (await context.request.post('/api/push/test', { data: {} })).json()).toEqual({
    delivered: 1,
    gone: 0,
    failed: 0,
  });
  expect(await receivedPushes(sub)).toHaveLength(1);
});

test('a signed-out page never touches the subscription', async ({ page, context }) => {
  await turnOnHere(page);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/push/subscriptions')) requests.push(r.method());
  });
  await context.clearCookies();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests).toEqual([]);
});
