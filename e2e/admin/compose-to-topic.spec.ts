import {
  browserSubscription,
  deliverPush,
  desktopNotifications,
  expect,
  installTestPushService,
  receivedPushes,
  shownNotifications,
  test,
} from '../fixtures/push';
import { signInContext } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';

// The whole path through the console: compose to a topic → the follower's device gets it (decrypted at the local push
// service, shown by the service worker) → history says sent → the detail page lists that device.
test('an admin composes to a topic; the follower’s device receives it; history and detail follow it', async ({
  page,
  context,
  signUp,
  browser,
  watchPolicy,
}) => {
  await installTestPushService(context);
  await signUp('Fiona Follower');
  await page.goto('/settings/notifications');
  const cell = page.getByRole('region', { name: 'Notifications on this device' });
  await cell.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(cell.getByRole('status').first()).toHaveText('Notifications are now on for this device.');
  await cell.getByLabel('Events').check();
  await cell.getByRole('button', { name: 'Save preferences' }).click();
  await expect(cell.getByText('Preferences saved.')).toBeVisible();
  const sub = (await browserSubscription(page))!;

  const adminContext = await browser.newContext();
  await watchPolicy(adminContext);
  await signInContext(adminContext, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto('/admin/compose');
  const title = `Christmas market ${Date.now()}`;
  await admin.getByLabel('Title').fill(title);
  await admin.getByLabel('Message').fill('Place du Marché, Saturday from 10:00.');
  await admin.getByLabel('Link opened on click').fill('/inbox');
  await admin.getByLabel('Button 1', { exact: true }).selectOption('ack');
  await admin.getByLabel('Button 1 label').fill('OK');
  await admin.getByLabel('Followers of a topic').check();
  await admin.getByLabel('Topic', { exact: true }).selectOption('events');
  await expect(admin.getByText(/^Reaches [1-9]\d* (person|people) on [1-9]\d* devices?\.$/)).toBeVisible();
  await expect(admin.locator('.preview-desktop')).toContainText(title);
  await expect(admin.getByText(/^\d+ of 3,000 bytes$/)).toBeVisible();
  await admin.screenshot({ path: 'e2e/.output/admin-compose.png', fullPage: true });

  // Double submit: both clicks land before the first answer; one notification.
  const submit = admin.getByRole('button', { name: 'Send the notification' });
  await submit.dblclick();
  await expect(admin.getByRole('heading', { name: 'Notification sent' })).toBeVisible();

  // The device: the mock push service decrypted exactly one payload with our title; the service worker shows it.
  await expect
    .poll(async () => (await receivedPushes(sub)).filter((p) => p.includes(title)), { timeout: 15_000 })
    .toHaveLength(1);
  const payload = (await receivedPushes(sub)).find((p) => p.includes(title))!;
  expect(JSON.parse(payload)).toMatchObject({
    title,
    body: 'Place du Marché, Saturday from 10:00.',
    url: '/inbox',
    actions: [{ action: 'ack', title: 'OK' }],
  });
  const before = new Set((await desktopNotifications()).map((n) => n.id));
  await deliverPush(page, payload);
  await expect.poll(async () => (await desktopNotifications()).filter((n) => !before.has(n.id))).toHaveLength(1);
  expect(await shownNotifications(page)).toContainEqual(
    expect.objectContaining({ title, body: 'Place du Marché, Saturday from 10:00.' }),
  );

  // History: sent, from the console, by the admin; then the detail page lists the follower's device.
  await admin.goto('/admin/notifications');
  const row = admin.getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1); // the double submit created one notification
  await expect(row).toContainText('Ada Admin · console');
  await expect(row.locator('[data-status="sent"]')).not.toHaveText(/^0 /, { timeout: 15_000 });
  await admin.screenshot({ path: 'e2e/.output/admin-history.png', fullPage: true });
  await row.getByRole('link', { name: title }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(title);
  const device = admin.getByRole('row').filter({ hasText: 'Fiona Follower' });
  await expect(device).toContainText('Chrome on Windows');
  await expect(device).toContainText('sent');
  await expect(device).toContainText('201');
  // Fiona reads English: the French version existed, but she is counted under English.
  await expect(admin.getByTestId('recipient-languages')).toHaveText('English: 1 recipient');
  await admin.screenshot({ path: 'e2e/.output/admin-detail.png', fullPage: true });
  await adminContext.close();
});

// The composer's language tabs: the default written, French empty; arrows, Home and End move between them.
test('the composer has a tab per language, each with its preview and payload meter', async ({
  browser,
  watchPolicy,
}) => {
  const adminContext = await browser.newContext();
  await watchPolicy(adminContext);
  await signInContext(adminContext, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto('/admin/compose');
  await admin.getByLabel('Title').fill('Christmas market');
  await admin.getByLabel('Button 1', { exact: true }).selectOption('ack');
  await admin.getByLabel('Button 1 label').fill('OK');
  const tabs = admin.getByRole('tablist', { name: 'Languages' });
  const english = tabs.getByRole('tab', { name: /^English \(default\)/ });
  const french = tabs.getByRole('tab', { name: /^French \(optional\)/ });
  await expect(english).toHaveAttribute('aria-selected', 'true');
  await expect(english).toContainText('written');
  await expect(french).toContainText('empty');
  await english.focus();
  await admin.keyboard.press('ArrowRight');
  await expect(french).toBeFocused();
  await expect(french).toHaveAttribute('aria-selected', 'true');
  await admin.keyboard.press('Home');
  await expect(english).toBeFocused();
  await admin.keyboard.press('End');
  await expect(french).toBeFocused();
  const panel = admin.getByRole('tabpanel', { name: /^French/ });
  await panel.getByLabel('Title').fill('Marché de Noël');
  await panel.getByLabel('Message').fill('Place du Marché, samedi dès 10 h.');
  await panel.getByLabel('Button 1 label').fill('Compris');
  await expect(french).toContainText('written');
  await expect(admin.getByRole('heading', { name: 'Preview in French' })).toBeVisible();
  await expect(admin.locator('.preview-desktop[lang="fr"]')).toContainText('Marché de Noël');
  await expect(admin.getByText(/^\d+ of 3,000 bytes$/)).toBeVisible();
  await admin.screenshot({ path: 'e2e/.output/admin-compose-tabs-en.png', fullPage: true });
  await expectNoAxeViolations(admin, 'composer, French tab');
  await adminContext.close();
});
