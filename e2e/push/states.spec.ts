import AxeBuilder from '@axe-core/playwright';
import { devices as playwrightDevices } from '@playwright/test';
import { devicesOf, expect, installTestPushService, permissionRequests, test } from '../fixtures/push';

const cellOf = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Notifications on this device' });

async function noAxeViolations(page: import('@playwright/test').Page) {
  expect((await new AxeBuilder({ page }).include('.push-cell').analyze()).violations).toEqual([]);
}

test.describe('permission not asked yet', () => {
  test.use({ notificationPermission: 'prompt' });

  test('the browser prompt comes only after the button is pressed; refusing it shows how to allow again', async ({
    page,
    context,
    signUp,
  }) => {
    await installTestPushService(context);
    await signUp();
    await page.goto('/settings/notifications');
    const cell = cellOf(page);
    await expect(cell.getByRole('button', { name: 'Turn on notifications on this device' })).toBeVisible();
    await expect(cell).toContainText('Your browser will then ask for your permission.');
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await page.goto('/'); // the home page says where this device stands, in one line: still no prompt
    await expect(page.getByTestId('push-status-line')).toContainText(
      'Notifications are off on this device. Turn them on in Settings',
    );
    expect(await permissionRequests(page)).toBe(0);
    await page.screenshot({ path: 'e2e/.output/push-ask-home.png', fullPage: true });
    await page.getByRole('link', { name: 'Turn them on in Settings' }).click();

    // Headless Chromium answers the prompt with "Block" on the person's behalf: the cell explains how to undo it.
    await cellOf(page).getByRole('button', { name: 'Turn on notifications on this device' }).click();
    expect(await permissionRequests(page)).toBe(1);
    await expect(cellOf(page)).toContainText('Notifications are blocked in this browser');
    await expect(cellOf(page).getByRole('button', { name: /Turn on/ })).toHaveCount(0);
    expect(await devicesOf(context)).toEqual([]);
  });
});

test.describe('permission denied', () => {
  test.use({ notificationPermission: 'denied' });
  test('explains how to allow notifications again', async ({ page, signUp }) => {
    await signUp();
    expect(await page.evaluate(() => Notification.permission)).toBe('denied');
    await page.goto('/settings/notifications');
    const cell = cellOf(page);
    await expect(cell.getByText('Notifications are blocked in this browser')).toBeVisible();
    await expect(cell).toContainText('set Notifications to “Allow” for Crieur, then reload this page');
    await expect(cell.getByRole('button', { name: /Turn on/ })).toHaveCount(0);
    await noAxeViolations(page);
    await page.screenshot({ path: 'e2e/.output/push-denied.png', fullPage: true });
  });
});

test.describe('unsupported browser', () => {
  test('no PushManager: says push is not available here and what would work', async ({ page, context, signUp }) => {
    await context.addInitScript(() => {
      delete (window as unknown as { PushManager?: unknown }).PushManager;
    });
    await signUp();
    await page.goto('/settings/notifications');
    const cell = cellOf(page);
    await expect(cell).toContainText('This browser cannot receive notifications from Crieur.');
    await expect(cell).toContainText('Recent versions of Firefox, Chrome, Edge and Safari can');
    await expect(cell.getByRole('button', { name: /Turn on/ })).toHaveCount(0);
    // Topics and quiet hours stay available: they also shape the inbox.
    await expect(cell.getByRole('button', { name: 'Save preferences' })).toBeVisible();
    await noAxeViolations(page);
    await page.screenshot({ path: 'e2e/.output/push-unsupported.png', fullPage: true });
  });
});

test.describe('iPhone Safari, not on the Home Screen', () => {
  const { defaultBrowserType: _ignored, ...iphone } = playwrightDevices['iPhone 13'];
  test.use(iphone);

  test('explains Share → Add to Home Screen', async ({ page, context, signUp }) => {
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'standalone', { value: false, configurable: true }),
    );
    await signUp();
    await page.goto('/settings/notifications');
    const cell = cellOf(page);
    await expect(cell.getByText('Add Crieur to your Home Screen first')).toBeVisible();
    await expect(cell).toContainText('tap Share, then “Add to Home Screen”');
    await expect(cell.getByRole('button', { name: /Turn on/ })).toHaveCount(0);
    await noAxeViolations(page);
    await page.screenshot({ path: 'e2e/.output/push-ios-install.png', fullPage: true });
  });
});

test('topics, quiet hours and time zone are saved and shown again', async ({ page, signUp, context }) => {
  await signUp();
  await page.goto('/settings/notifications');
  const cell = cellOf(page);
  // A new account follows Public alerts (where unclaimed CAP alerts go) until the person leaves it.
  await expect(cell.getByLabel('Public alerts')).toBeChecked();
  await cell.getByLabel('Public alerts').uncheck();
  await cell.getByLabel('Waste collection').check();
  await cell.getByLabel('Weather alerts').check();
  await cell.getByLabel('Do not notify me during quiet hours').check();
  await cell.getByLabel('From').fill('21:30');
  await cell.getByLabel('Until').fill('21:30');
  await cell.getByLabel('Time zone').selectOption('America/Toronto');
  await cell.getByRole('button', { name: 'Save preferences' }).click();
  await expect(cell.getByText('The end must differ from the start.')).toBeVisible();
  await expect(cell.getByLabel('Until')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'e2e/.output/push-prefs-error.png', fullPage: true });
  await cell.getByLabel('Until').fill('07:00');
  await cell.getByRole('button', { name: 'Save preferences' }).click();
  await expect(cell.getByText('Preferences saved.')).toBeVisible();
  expect(await (await context.request.get('/api/preferences')).json()).toEqual({
    topics: ['waste', 'weather'],
    quietHours: { start: '21:30', end: '07:00' },
    timeZone: 'America/Toronto',
  });
  await page.reload();
  await expect(cell.getByLabel('Weather alerts')).toBeChecked();
  await expect(cell.getByLabel('Events')).not.toBeChecked();
  await expect(cell.getByLabel('Public alerts')).not.toBeChecked();
  await expect(cell.getByLabel('From')).toHaveValue('21:30');
  await expect(cell.getByLabel('Time zone')).toHaveValue('America/Toronto');
  await noAxeViolations(page);
});
