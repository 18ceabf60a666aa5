// The dual payload (the worker's fields + Declarative Web Push) in Chromium's real service worker: Chromium is not a
// declarative engine, so it hands the whole JSON to public/sw.js, which must show exactly one notification, ours.
import { buildPayload } from '../../lib/push/build-payload';
import { deliverPush, expect, installTestPushService, shownNotifications, test } from '../fixtures/push';

test('a dual payload shows one notification with our buttons, the declared page and data', async ({
  page,
  context,
  signUp,
  baseURL,
}) => {
  await installTestPushService(context);
  await signUp('Dana Declarative');
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Turn on notifications on this device' }).click();
  await expect(page.getByRole('button', { name: 'Turn off on this device' })).toBeVisible();

  const origin = new URL(baseURL!).origin;
  const json = buildPayload(
    {
      id: 'cdeclarative1',
      title: 'Road closed',
      body: 'Rue Haute is closed on Monday.',
      url: '/inbox',
      tag: 'road',
      icon: null,
      image: null,
      createdAt: new Date(),
      actions: [
        { type: 'ack', title: 'OK' },
        { type: 'link', title: 'Detour map', url: 'https://maps.example.org/detour' },
      ],
    },
    { origin },
  ).json(2);
  expect(JSON.parse(json)).toMatchObject({ web_push: 8030, app_badge: 2, mutable: true });
  await deliverPush(page, json);

  await expect.poll(async () => (await shownNotifications(page)).filter((n) => n.tag === 'road')).toHaveLength(1);
  const [shown] = (await shownNotifications(page)).filter((n) => n.tag === 'road');
  expect(shown).toMatchObject({
    title: 'Road closed',
    body: 'Rue Haute is closed on Monday.',
    data: {
      url: `${origin}/inbox`,
      notificationId: 'cdeclarative1',
      links: { 'link-1': 'https://maps.example.org/detour' },
    },
    actions: [
      { action: 'ack', title: 'OK' },
      { action: 'link-1', title: 'Detour map' },
    ],
  });
});
