import { signInViaApi } from '../fixtures/auth';
import { addOtherDevice, browserSubscription, devicesOf, expect, installTestPushService, test } from '../fixtures/push';
import type { Page } from '@playwright/test';

async function turnOnHere(page: Page) {
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
}

let account: { email: string; password: string };
test.beforeEach(async ({ context, signUp }) => {
  await installTestPushService(context);
  account = await signUp();
});

test('turn off on this device: the row goes, the browser unsubscribes, other devices stay', async ({
  page,
  context,
}) => {
  await turnOnHere(page);
  const other = await addOtherDevice(context);
  await page.reload();
  const cell = page.getByRole('region', { name: 'Notifications on this device' });
  await expect(cell.getByRole('listitem')).toHaveCount(2);
  await cell.getByRole('button', { name: 'Turn off on this device' }).click();
  await expect(cell.getByRole('status').first()).toHaveText('Notifications are now off for this device.');
  await expect(cell.getByRole('button', { name: 'Turn on notifications on this device' })).toBeFocused();
  await expect(cell.getByRole('listitem')).toHaveCount(1);
  expect(await devicesOf(context)).toEqual([
    expect.objectContaining({ id: other.device.id, name: 'Firefox on Android' }),
  ]);
  expect(await browserSubscription(page)).toBeNull();
  // And it stays off after a reload (nothing left to reconcile).
  await page.reload();
  await expect(cell.getByRole('button', { name: 'Turn on notifications on this device' })).toBeVisible();
});

test('remove another device from the list; rename one', async ({ page, context }) => {
  await turnOnHere(page);
  await addOtherDevice(context);
  await page.reload();
  const cell = page.getByRole('region', { name: 'Notifications on this device' });
  await expect(cell.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: 'e2e/.output/push-devices.png', fullPage: true });

  await cell.getByRole('button', { name: 'Rename Firefox on Android' }).click();
  const input = cell.getByLabel('Device name');
  await expect(input).toBeFocused();
  await input.fill('Grandma’s phone');
  await input.press('Enter');
  await expect(cell.getByRole('status').first()).toHaveText('Device renamed.');
  await expect(cell.getByRole('button', { name: 'Rename Grandma’s phone' })).toBeFocused();

  await cell.getByRole('button', { name: 'Remove Grandma’s phone' }).click();
  await expect(cell.getByRole('status').first()).toHaveText('“Grandma’s phone” no longer receives notifications.');
  await expect(cell.getByRole('listitem')).toHaveCount(1);
  await expect(cell.getByRole('listitem')).toContainText('this device');
  expect(await devicesOf(context)).toEqual([expect.objectContaining({ name: 'Chrome on Windows' })]);
  await expect(cell.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();
});

test('turn off on all devices', async ({ page, context }) => {
  await turnOnHere(page);
  await addOtherDevice(context);
  await addOtherDevice(
    context,
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 ' +
      'Mobile/15E148 Safari/604.1',
  );
  await page.reload();
  const cell = page.getByRole('region', { name: 'Notifications on this device' });
  await expect(cell.getByRole('listitem')).toHaveCount(3);
  await expect(cell.getByText('Safari on iPhone')).toBeVisible();
  page.once('dialog', (d) => {
    expect(d.message()).toBe('Turn off notifications on all your devices?');
    void d.accept();
  });
  await cell.getByRole('button', { name: 'Turn off on all devices' }).click();
  await expect(cell.getByRole('status').first()).toHaveText('Notifications are now off on all your devices.');
  await expect(cell.getByText('No device receives notifications yet.')).toBeVisible();
  expect(await devicesOf(context)).toEqual([]);
  expect(await browserSubscription(page)).toBeNull();
  await expect(cell.getByRole('button', { name: 'Turn on notifications on this device' })).toBeVisible();
});

test('signing out removes this device’s subscription, not the others', async ({ page, context }) => {
  await turnOnHere(page);
  const other = await addOtherDevice(context);
  const mine = (await browserSubscription(page))!;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  expect(await browserSubscription(page)).toBeNull();
  expect((await context.request.get('/api/push/subscriptions')).status()).toBe(401);
  // Back in as the same person: only the other device is left.
  await signInViaApi(context.request, account, account.password);
  expect((await devicesOf(context)).map((d) => d.id)).toEqual([other.device.id]);
  expect(mine.endpoint).not.toBe(other.endpoint);
});
