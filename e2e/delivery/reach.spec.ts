import { createNotificationViaApi } from '../fixtures/api';
import { signInContext } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { clickDesktopNotification, expect, test } from '../fixtures/push';
import { citizenWithPush, deliverAndWaitShown, pushesFor } from '../fixtures/push-citizen';

// Issue #15 part 2: the device's service worker reports the push shown (after showing it) and opened (a click),
// with the delivery's token and no cookie; the admin sees both in the notification's funnel, in English and French.
test('a push shown on the device and clicked is counted shown and opened in the admin funnel', async ({
  page,
  context,
  signUp,
  request,
  browser,
  baseURL,
}) => {
  test.slow(); // a citizen with push, then an admin in two languages
  const { email, sub } = await citizenWithPush(page, context, signUp);
  const title = `Road closed ${Date.now()}`;
  const created = await createNotificationViaApi(request, {
    title,
    body: 'Rue des Lilas is closed until 6 pm.',
    url: '/inbox',
    actions: [{ type: 'ack', title: 'OK' }],
    audience: { kind: 'users', users: [email] },
  });
  const [message] = await pushesFor(sub, 1);
  const pushed = JSON.parse(message);
  expect(pushed).toMatchObject({ notificationId: created.id, deliveryId: expect.stringMatching(/^\d+$/) });

  // The worker reports "shown" by itself, and it needs no session: sign out before the push arrives.
  const reports: Array<{ event: string; cookie: string | undefined }> = [];
  context.on('request', (r) => {
    if (!r.url().endsWith('/api/push/receipts')) return;
    reports.push({ event: JSON.parse(r.postData() ?? '{}').event, cookie: r.headers().cookie });
  });
  await page.goto('/inbox');
  await context.clearCookies();
  const shown = await deliverAndWaitShown(page, message, title);
  await expect.poll(() => reports.map((r) => r.event)).toEqual(['shown']);

  // A click on the notification's body (the inbox is open already: it is focused) is reported "opened".
  await clickDesktopNotification(shown.id, 'default');
  await expect.poll(() => reports.map((r) => r.event)).toEqual(['shown', 'opened']);
  expect(reports.every((r) => r.cookie === undefined)).toBe(true);

  // The admin's funnel, in English, then in French.
  for (const [locale, expected] of [
    ['en-US', { shown: 'Shown on the device', opened: 'Opened (notification or button clicked)', share: /100%/ }],
    ['fr-FR', { shown: 'Affichés sur l’appareil', opened: 'Ouverts (clic sur la notification', share: /100\s%/ }],
  ] as const) {
    const admin = await browser.newContext({ baseURL, locale });
    await signInContext(admin, 'admin');
    const adminPage = await admin.newPage();
    await adminPage.goto(`/admin/notifications/${created.id}`);
    const stage = (name: string) => adminPage.locator(`tr[data-stage="${name}"]`);
    await expect(stage('shown').getByRole('rowheader')).toHaveText(expected.shown);
    await expect(stage('shown').getByRole('cell').first()).toHaveText('1');
    await expect(stage('shown').getByRole('cell').nth(1)).toHaveText(expected.share);
    await expect(stage('opened').getByRole('rowheader')).toContainText(expected.opened);
    await expect(stage('opened').getByRole('cell').first()).toHaveText('1');
    await adminPage.getByRole('heading', { name: locale === 'fr-FR' ? 'Portée' : 'Reach' }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(adminPage, `reach funnel (${locale})`);
    await adminPage.screenshot({ path: `e2e/.output/reach-funnel-${locale}.png`, fullPage: true });

    // The history list: shown and opened rates of the accepted deliveries.
    await adminPage.goto('/admin/notifications');
    const line = adminPage.getByRole('row').filter({ hasText: title }).locator('.reach-rates');
    await expect(line).toHaveText(
      locale === 'fr-FR'
        ? /^100\s% affichés, 100\s% ouverts, sur 1 accepté$/
        : '100% shown, 100% opened, of 1 accepted',
    );
    await expectNoAxeViolations(adminPage, `history list (${locale})`);
    await adminPage.screenshot({ path: `e2e/.output/reach-history-${locale}.png`, fullPage: true });
    await admin.close();
  }
});
