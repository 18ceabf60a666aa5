import { expect, test } from '../fixtures/test';

// A token is shown once, works on the API, shows when it was last used, and answers 401 once revoked.
test('create an API token, use it, revoke it: the revoked token gets 401', async ({
  page,
  signIn,
  playwright,
  baseURL,
}) => {
  await signIn('admin');
  await page.goto('/admin/tokens');
  const name = `Town website ${Date.now()}`;
  await page.getByLabel('Name of the system using the token').fill(name);
  await page.getByRole('button', { name: 'Create a token' }).click();
  await expect(page.getByText('Copy this token now: it will not be shown again.')).toBeVisible();
  const token = await page.getByLabel('New token').inputValue();
  expect(token.length).toBeGreaterThan(30);

  const api = await playwright.request.newContext({ baseURL });
  const call = () =>
    api.post('/api/v1/notifications', {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: { title: `From ${name}`, audience: { kind: 'users', users: ['nobody@e2e.crieur.test'] } },
    });
  expect((await call()).status()).toBeLessThan(300);
  await page.reload();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByRole('cell').nth(3)).not.toHaveText('never');
  await page.screenshot({ path: 'e2e/.output/admin-tokens.png', fullPage: true });

  // Revoking asks first, saying what it does; only the dialog's button revokes.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Revoke “${name}”?` });
  await expect(dialog).toContainText('refused from its next request');
  await dialog.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Token revoked.' })).toBeVisible();
  await expect(row).toContainText('revoked on');
  expect((await call()).status()).toBe(401);
  await api.dispose();
});
