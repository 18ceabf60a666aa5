import AxeBuilder from '@axe-core/playwright';
import {
  browserSubscription,
  clickDesktopNotification,
  desktopNotifications,
  deliverPush,
  devicesOf,
  expect,
  installTestPushService,
  permissionRequests,
  receivedPushes,
  shownNotifications,
  test,
} from '../fixtures/push';

test('turn on → stored → test notification → decrypted by the push service → shown by the SW → click opens it', async ({
  page,
  context,
  signUp,
}) => {
  await installTestPushService(context);
  await signUp('Nadia Notify');
  await page.goto('/settings/notifications');
  const cell = page.getByRole('region', { name: 'Notifications on this device' });

  // 1. The prompt never comes on page load: only the button asks.
  const turnOn = cell.getByRole('button', { name: 'Turn on notifications on this device' });
  await expect(turnOn).toBeVisible();
  expect(await permissionRequests(page)).toBe(0);
  expect(
    await new AxeBuilder({ page })
      .include('.push-cell')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([]);
  await turnOn.click();
  await expect(cell.getByRole('status').first()).toHaveText('Notifications are now on for this device.');
  expect(await permissionRequests(page)).toBe(1);

  // 2. The server stored this device, named from the user agent, marked as this device.
  const [device] = await devicesOf(context);
  expect(device).toMatchObject({ name: 'Chrome on Windows', lastSuccessAt: null });
  const row = cell.getByRole('listitem').filter({ hasText: 'Chrome on Windows' });
  await expect(row).toContainText('this device');
  await expect(row).toContainText('No notification delivered yet');
  expect(
    await new AxeBuilder({ page })
      .include('.push-cell')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([]);
  await page.screenshot({ path: 'e2e/.output/push-on.png', fullPage: true });

  // 3. Test notification: encrypted + VAPID-signed by the server, accepted and decrypted by the mock push service.
  await cell.getByRole('button', { name: 'Send me a test notification' }).click();
  await expect(cell.getByRole('status').first()).toHaveText(
    'Test notification sent. It should appear within a few seconds.',
  );
  const sub = (await browserSubscription(page))!;
  const [received] = await receivedPushes(sub);
  expect(JSON.parse(received)).toEqual({
    title: 'Crieur: notifications work',
    body: 'This is a test. The town’s messages will appear like this on this device.',
    url: '/settings/notifications',
    icon: '/icons/icon-192.png',
    tag: 'crieur-test',
    renotify: true,
    // The test goes the outbox's way (buildPayload): its button is a link like a notification's, and it has no id.
    actions: [{ action: 'link-0', title: 'Open', url: '/settings/notifications' }],
    notificationId: '',
    lang: 'en',
    dir: 'ltr',
  });
  await expect(row).toContainText('Last notification delivered');
  expect((await devicesOf(context))[0].lastSuccessAt).not.toBeNull();

  // 4. The payload reaches the service worker, which shows it. Leave the page first, so the click must open one.
  await page.goto('/inbox');
  const before = new Set((await desktopNotifications()).map((n) => n.id));
  await deliverPush(page, received);
  // Wait for the desktop daemon before reading getNotifications() (reading earlier can drop the notification).
  await expect
    .poll(async () => (await desktopNotifications()).filter((n) => !before.has(n.id)))
    .toEqual([
      expect.objectContaining({
        summary: 'Crieur: notifications work',
        actions: expect.arrayContaining(['0', 'Open']),
      }),
    ]);
  const origin = new URL(page.url()).origin;
  // Polled: Chrome may hand the notification to the desktop daemon a moment before its own list has it (seen once).
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      {
        title: 'Crieur: notifications work',
        body: 'This is a test. The town’s messages will appear like this on this device.',
        tag: 'crieur-test',
        lang: 'en',
        dir: 'ltr',
        icon: `${origin}/icons/icon-192.png`,
        badge: `${origin}/icons/badge-72.png`,
        data: {
          url: `${origin}/settings/notifications`,
          notificationId: null,
          links: { 'link-0': '/settings/notifications' },
        },
        actions: [{ action: 'link-0', title: 'Open' }],
      },
    ]);

  // 5. A person clicks the "Open" button: a trusted notificationclick opens the page and closes the notification.
  const shown = (await desktopNotifications()).find((n) => !before.has(n.id))!;
  const opened = context.waitForEvent('page');
  await clickDesktopNotification(shown.id, '0');
  const newPage = await opened;
  await newPage.waitForURL('**/settings/notifications');
  await expect(newPage.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect.poll(() => shownNotifications(page)).toEqual([]);
});

test('a click on a notification whose page is already open focuses that window instead of opening another', async ({
  page,
  context,
  signUp,
}) => {
  await installTestPushService(context);
  await signUp();
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await page.getByRole('button', { name: 'Send me a test notification' }).click();
  await expect(page.getByText('Test notification sent.')).toBeVisible();
  const [received] = await receivedPushes((await browserSubscription(page))!);
  const before = new Set((await desktopNotifications()).map((n) => n.id));
  await deliverPush(page, received);
  await expect.poll(async () => (await desktopNotifications()).filter((n) => !before.has(n.id))).toHaveLength(1);
  const shown = (await desktopNotifications()).find((n) => !before.has(n.id))!;
  await clickDesktopNotification(shown.id, 'default');
  await expect.poll(() => shownNotifications(page)).toEqual([]);
  expect(context.pages()).toHaveLength(1);
});

test('the service worker shows a non-JSON payload as a plain notification’s body, keeps links on this site', async ({
  page,
  signUp,
}) => {
  await signUp();
  await page.goto('/inbox');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const before = new Set((await desktopNotifications()).map((n) => n.id));
  await deliverPush(page, 'Marché de Noël samedi');
  await expect.poll(async () => (await desktopNotifications()).filter((n) => !before.has(n.id))).toHaveLength(1);
  const origin = new URL(page.url()).origin;
  // Polled: Chrome may hand the notification to the desktop daemon a moment before its own list has it (seen once).
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      expect.objectContaining({
        title: 'Crieur',
        body: 'Marché de Noël samedi',
        data: { url: `${origin}/`, notificationId: null },
        actions: [],
      }),
    ]);

  const next = new Set((await desktopNotifications()).map((n) => n.id));
  await deliverPush(
    page,
    JSON.stringify({ title: 'Elsewhere', url: 'https://evil.example/phish', tag: 't', notificationId: 'n1' }),
  );
  await expect.poll(async () => (await desktopNotifications()).filter((n) => !next.has(n.id))).toHaveLength(1);
  expect(await shownNotifications(page)).toContainEqual(
    expect.objectContaining({ title: 'Elsewhere', tag: 't', data: { url: `${origin}/`, notificationId: 'n1' } }),
  );
});
