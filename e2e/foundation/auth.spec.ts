import { trySignIn } from '../fixtures/auth';
import { test, expect } from '../fixtures/test';
import { E2E_PASSWORD, users } from '../fixtures/users';

const unique = () => `resident-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@e2e.crieur.test`;

// The one test that signs in through the UI; every other test uses the API fixture.
test('a resident signs up, signs out, and signs in again where they were going', async ({ page }) => {
  const email = unique();
  const password = 'a-long-passphrase-for-e2e';

  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your Crieur account');
  await page.getByLabel('Your name').fill('Rosa Resident');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Rosa Resident');
  await expect(page.getByRole('banner')).toContainText('Rosa Resident');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay informed by your town');
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // A page that needs a session sends the visitor to sign in, then back to it.
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Finbox$/);
  await page.getByLabel('E-mail address').fill(email.toUpperCase());
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
  await expect(page.getByRole('banner')).toContainText('Rosa Resident');
});

test('a wrong password and an unknown e-mail get the same clear error', async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.goto('/signin');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
    return alert.textContent();
  };
  const wrongPassword = await attempt(users.citizen.email, 'not-the-right-password');
  const unknownUser = await attempt('nobody-here@e2e.crieur.test', E2E_PASSWORD);
  expect(wrongPassword).toBe('Wrong e-mail or password.');
  expect(unknownUser).toBe(wrongPassword);
  await page.screenshot({ path: 'e2e/.output/signin-error.png' });
});

test.describe('sign-up refusals', () => {
  async function signUp(
    page: import('@playwright/test').Page,
    fields: { name: string; email: string; password: string },
  ) {
    await page.goto('/signup');
    await page.getByLabel('Your name').fill(fields.name);
    await page.getByLabel('E-mail address').fill(fields.email);
    await page.getByLabel('Password').fill(fields.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('The form has errors:');
  }

  test('a taken e-mail is named on its field and creates nothing', async ({ page, request }) => {
    const password = 'another-long-passphrase';
    await signUp(page, { name: 'Impostor', email: users.citizen.email.toUpperCase(), password });
    const email = page.getByLabel('E-mail address');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(
      'An account with this e-mail address already exists. Sign in instead.',
    );
    await expect(page).toHaveURL(/\/signup$/);
    await page.screenshot({ path: 'e2e/.output/signup-duplicate.png' });
    // The existing account keeps its password; the attempted one opens nothing.
    expect(await trySignIn(request, users.citizen.email, password)).toBeNull();
    expect(await trySignIn(request, users.citizen.email, E2E_PASSWORD)).not.toBeNull();
  });

  for (const [password, message] of [
    ['short', 'The password must have at least 10 characters.'],
    ['password123', 'This password is too common; choose another one.'],
  ]) {
    test(`a weak password (${password}) is named on its field and creates nothing`, async ({ page, request }) => {
      const email = unique();
      await signUp(page, { name: 'Walter Weak', email, password });
      const field = page.getByLabel('Password');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(`At least 10 characters. ${message}`);
      await expect(page.getByLabel('E-mail address')).not.toHaveAttribute('aria-invalid', 'true');
      expect(await trySignIn(request, email, password)).toBeNull();
    });
  }
});
