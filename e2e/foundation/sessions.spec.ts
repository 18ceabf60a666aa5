import { signInViaApi, trySignIn } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { E2E_PASSWORD, users } from '../fixtures/users';

const SESSION_COOKIE = /next-auth\.session-token$/;

test('a resident changes their password in the settings, is signed out, and signs in with the new one', async ({
  page,
  signIn,
  request,
}) => {
  await signIn('account');
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account and security');
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill(E2E_PASSWORD);
  await page.getByLabel('New password').fill('password123');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/This password is too common/);

  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password').fill('a-fresh-passphrase-2026');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('This is not your current password.');

  await page.getByLabel('Current password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page).toHaveURL(/\/signin\?notice=password-changed$/);
  await expect(page.getByRole('status')).toHaveText(/Your password was changed/);
  await page.screenshot({ path: 'e2e/.output/password-changed.png', fullPage: true });

  await page.getByLabel('E-mail address').fill(users.account.email);
  await page.getByLabel('Password').fill('a-fresh-passphrase-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Alex Account');
  expect(await trySignIn(request, users.account.email, E2E_PASSWORD)).toBeNull();
});

test('signing out ends the session on the server: a saved copy of the cookie gets 401 from the API', async ({
  page,
  context,
  signIn,
  playwright,
  baseURL,
}) => {
  await signIn('citizen');
  await page.goto('/');
  const saved = (await context.cookies()).filter((c) => SESSION_COOKIE.test(c.name));
  expect(saved).toHaveLength(1);
  const copy = await playwright.request.newContext({ baseURL, storageState: { cookies: saved, origins: [] } });
  expect((await copy.get('/api/preferences')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  expect((await copy.get('/api/preferences')).status()).toBe(401);
  await copy.dispose();
});

test('"Sign out on all devices" ends the sessions of the other browsers too', async ({ page, signIn, browser }) => {
  await signIn('other');
  const laptop = await browser.newContext();
  await signInViaApi(laptop.request, 'other');
  expect((await laptop.request.get('/api/preferences')).status()).toBe(200);

  await page.goto('/settings/account');
  // This one, the laptop, earlier specs'.
  await expect(page.getByText(/^You are signed in on \d+ devices or browsers\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out on all devices' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/signin\?notice=signed-out-everywhere$/);
  expect((await laptop.request.get('/api/preferences')).status()).toBe(401);
  await laptop.close();
});

test('after 5 wrong passwords the sign-in form says how long to wait, even for the right password', async ({
  page,
}) => {
  // The suite trusts loopback as a proxy: this spec's own client address keeps its failures away from the others'.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.77' });
  await page.goto('/signin');
  const attempt = async (password: string) => {
    await page.getByLabel('E-mail address').fill(users.lockout.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toBeVisible();
    const text = await alert.textContent();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    return text;
  };
  for (let i = 0; i < 5; i++) expect(await attempt('not-the-right-password')).toBe('Wrong e-mail or password.');
  expect(await attempt(E2E_PASSWORD)).toBe('Too many attempts. For your security, try again in 15 minutes.');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'e2e/.output/signin-locked.png' });
});
