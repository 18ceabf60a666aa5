import { createNotificationViaApi, E2E_API_TOKEN } from '../fixtures/api';
import { clickDesktopNotification, expect, shownNotifications, test } from '../fixtures/push';
import { citizenWithPush, deliverAndWaitShown, pushesFor } from '../fixtures/push-citizen';

test('a notification created through the API reaches the citizen’s device; "OK" on it acknowledges it', async ({
  page,
  context,
  signUp,
  request,
}) => {
  const { email, sub } = await citizenWithPush(page, context, signUp);
  await page.goto('/inbox');
  await expect(page.getByText('No messages yet.', { exact: false })).toBeVisible();

  // Another system creates it; the dispatcher (in the server process) encrypts, signs and sends it at once.
  const created = await createNotificationViaApi(
    request,
    {
      title: 'Boil-water notice',
      body: 'Boil tap water before drinking until Friday.',
      url: '/inbox',
      tag: 'water-2026-11',
      urgency: 'high',
      actions: [{ type: 'ack', title: 'OK' }],
      audience: { kind: 'users', users: [email] },
    },
    `e2e-${Date.now()}`,
  );
  expect(created).toMatchObject({ recipients: 1, deliveries: 1 });
  const [message] = await pushesFor(sub, 1);
  expect(JSON.parse(message)).toMatchObject({
    notificationId: created.id,
    title: 'Boil-water notice',
    body: 'Boil tap water before drinking until Friday.',
    url: '/inbox',
    tag: 'water-2026-11',
    actions: [{ action: 'ack', title: 'OK' }],
  });
  const status = await (
    await request.get(`/api/v1/notifications/${created.id}`, { headers: { authorization: `Bearer ${E2E_API_TOKEN}` } })
  ).json();
  expect(status.deliveries).toMatchObject({ sent: 1, total: 1 });

  // The push reaches the service worker, which shows it; the open inbox updates by itself (no reload).
  const shown = await deliverAndWaitShown(page, message, 'Boil-water notice');
  expect(shown.actions).toEqual(expect.arrayContaining(['0', 'OK'])); // D-Bus pairs: key, label
  expect(await shownNotifications(page)).toContainEqual(
    expect.objectContaining({
      title: 'Boil-water notice',
      tag: 'water-2026-11',
      actions: [{ action: 'ack', title: 'OK' }],
      data: expect.objectContaining({ notificationId: created.id }),
    }),
  );
  const item = page.getByTestId('inbox-item').filter({ hasText: 'Boil-water notice' });
  await expect(item).toContainText('New');
  await expect(page.getByTestId('unread-badge')).toHaveText('1');
  await page.screenshot({ path: 'e2e/.output/delivery-inbox-live.png', fullPage: true });

  // A person presses "OK" on the notification: the service worker acknowledges it; the page follows live.
  await clickDesktopNotification(shown.id, '0');
  await expect(item.getByTestId('acknowledged')).toBeVisible();
  await expect(item).not.toContainText('New');
  await expect(page.getByTestId('unread-badge')).toHaveText('');
  await page.reload();
  await expect(
    page.getByTestId('inbox-item').filter({ hasText: 'Boil-water notice' }).getByTestId('acknowledged'),
  ).toHaveText('✓ Acknowledged');
  await page.screenshot({ path: 'e2e/.output/delivery-acknowledged.png', fullPage: true });
});

test('an over-budget notification is pushed as its id; the service worker fetches it; a click reads it', async ({
  page,
  context,
  signUp,
  request,
}) => {
  const { email, sub } = await citizenWithPush(page, context, signUp);
  const body = 'Travaux de voirie : circulation alternée. '.repeat(22).trim();
  const created = await createNotificationViaApi(request, {
    title: 'Roadworks, long version',
    body,
    image: `https://img.example/${'x'.repeat(2020)}.png`,
    url: '/inbox',
    audience: { kind: 'users', users: [email] },
  });
  const [message] = await pushesFor(sub, 1);
  // The id, and the receipt the device reports shown/opened with (README "Reach").
  expect(JSON.parse(message)).toEqual({
    notificationId: created.id,
    deliveryId: expect.stringMatching(/^\d+$/),
    reportToken: expect.stringMatching(/^[\w-]{22}$/),
  });

  await page.goto('/');
  const shown = await deliverAndWaitShown(page, message, 'Roadworks, long version');
  expect(shown.body).toContain('Travaux de voirie');
  const opened = context.waitForEvent('page');
  await clickDesktopNotification(shown.id, 'default');
  const inbox = await opened;
  await inbox.waitForURL('**/inbox');
  const item = inbox.getByTestId('inbox-item').filter({ hasText: 'Roadworks, long version' });
  await expect(item).toBeVisible();
  await expect
    .poll(async () => {
      await inbox.reload();
      return item.textContent();
    })
    .not.toContain('New');
});

test('pages close a notification already read on another device', async ({ page, context, signUp, request }) => {
  const { email, sub } = await citizenWithPush(page, context, signUp);
  const created = await createNotificationViaApi(request, {
    title: 'Market moved',
    body: 'Saturday, Parc Central',
    audience: { kind: 'users', users: [email] },
  });
  const [message] = await pushesFor(sub, 1);
  await page.goto('/settings/notifications');
  await deliverAndWaitShown(page, message, 'Market moved');
  await expect.poll(async () => (await shownNotifications(page)).map((n) => n.title)).toContain('Market moved');
  // Read elsewhere (here: the API another device's page would call), then a page of this device opens.
  expect((await context.request.post(`/api/notifications/${created.id}/read`)).status()).toBe(200);
  await page.goto('/');
  await expect.poll(async () => (await shownNotifications(page)).map((n) => n.title)).not.toContain('Market moved');
});
