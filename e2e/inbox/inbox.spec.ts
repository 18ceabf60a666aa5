import AxeBuilder from '@axe-core/playwright';
import { createNotificationViaApi } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { users } from '../fixtures/users';

// The inbox of a citizen, fed by the API for other systems: open marks read, "OK" acknowledges, "Forget" hides.
test('a message sent through the API is read, acknowledged and forgotten in the inbox', async ({
  page,
  signIn,
  request,
}) => {
  const stamp = Date.now();
  const title = `Water cut ${stamp}`;
  await createNotificationViaApi(request, {
    title,
    body: 'Rue des Lilas, tomorrow from 9:00 to 12:00.',
    url: '/inbox',
    actions: [
      { type: 'ack', title: 'OK' },
      { type: 'link', title: 'Map of the works', url: 'https://example.org/map' },
    ],
    audience: { kind: 'users', users: [users.other.email] },
  });
  await createNotificationViaApi(request, {
    title: `Older news ${stamp}`,
    audience: { kind: 'users', users: [users.other.email] },
  });
  await signIn('other');
  await page.goto('/inbox');

  const item = page.getByTestId('inbox-item').filter({ hasText: title });
  await expect(item).toContainText('New');
  const badge = page.getByTestId('unread-badge');
  const unreadBefore = Number(await badge.textContent());
  expect(unreadBefore).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: 'e2e/.output/inbox-unread.png', fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Opening it shows the message and marks it read (the header badge follows).
  const open = item.getByRole('button', { name: title });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(item.getByText('Rue des Lilas')).toBeVisible();
  await expect(item.getByRole('link', { name: 'Map of the works' })).toHaveAttribute('href', 'https://example.org/map');
  await expect(item).not.toContainText('New');
  await expect(page.getByRole('status')).toHaveText('Marked as read.');
  await expect(badge).toHaveText(String(unreadBefore - 1));

  // "OK" acknowledges it, and it stays acknowledged.
  await item.getByRole('button', { name: 'OK' }).click();
  await expect(item.getByTestId('acknowledged')).toHaveText('✓ Acknowledged');
  await expect(page.getByRole('status')).toHaveText('Acknowledged. Thank you.');
  await page.screenshot({ path: 'e2e/.output/inbox-acknowledged.png', fullPage: true });
  await page.reload();
  await expect(page.getByTestId('inbox-item').filter({ hasText: title }).getByTestId('acknowledged')).toBeVisible();
  // Read messages come after unread ones.
  const titles = await page.getByTestId('inbox-item').getByRole('heading').allTextContents();
  const [older, water] = [
    titles.findIndex((t) => t.includes(`Older news ${stamp}`)),
    titles.findIndex((t) => t.includes(title)),
  ];
  expect(older).toBeGreaterThanOrEqual(0);
  expect(older).toBeLessThan(water);

  // "Forget" hides it (Undo is offered, see undo-forget.spec.ts); the keyboard is enough.
  await page.getByTestId('inbox-item').filter({ hasText: title }).getByRole('button', { name: 'Forget' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inbox-item').filter({ hasText: title })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    `“${title}” was removed from your messages. Press Undo to bring it back.`,
  );
  await page.reload();
  await expect(page.getByTestId('inbox-item').filter({ hasText: title })).toHaveCount(0);
});

test('the inbox speaks French, and the API refuses a missing or wrong token', async ({ page, signIn, request }) => {
  expect((await request.post('/api/v1/notifications', { data: {} })).status()).toBe(401);
  expect(
    (await request.post('/api/v1/notifications', { headers: { authorization: 'Bearer nope' }, data: {} })).status(),
  ).toBe(401);
  await createNotificationViaApi(request, {
    title: 'Collecte des encombrants',
    body: 'Jeudi matin.',
    audience: { kind: 'users', users: [users.other.email] },
  });
  await signIn('other');
  // Chosen with the switcher, as a person does: a signed-in user's saved language wins over a bare cookie.
  await page.goto('/inbox');
  await page.getByRole('button', { name: 'Language: Français' }).click();
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
    const item = page.getByTestId('inbox-item').filter({ hasText: 'Collecte des encombrants' }).first();
    await expect(item.getByRole('button', { name: 'Oublier' })).toBeVisible();
    await expect(item).toContainText('Nouveau');
    await page.screenshot({ path: 'e2e/.output/inbox-fr.png', fullPage: true });
  } finally {
    await page.getByRole('button', { name: 'Langue: English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});
