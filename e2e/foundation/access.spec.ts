import { test, expect } from '../fixtures/test';

test.describe('pages that need a session', () => {
  for (const path of ['/inbox', '/settings/notifications', '/settings/account', '/admin']) {
    test(`send an anonymous visitor from ${path} to sign in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Crieur');
    });
  }

  test('check the session itself, not just that a cookie exists', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'next-auth.session-token', value: 'forged', url: baseURL! }]);
    await page.goto('/inbox');
    await expect(page).toHaveURL(/\/signin/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/signin/);
    expect((await context.request.get('/api/admin/users')).status()).toBe(401);
  });
});

test.describe('administration', () => {
  test('refuses a citizen: the page redirects to /forbidden, the API answers 403 JSON', async ({ page, signIn }) => {
    await signIn('citizen');
    await page.goto('/admin');
    await expect(page).toHaveURL('/forbidden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access refused');
    await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);

    const res = await page.request.get('/api/admin/users');
    expect(res.status()).toBe(403);
    expect(res.headers()['content-type']).toContain('application/json');
    expect(await res.json()).toEqual({ error: 'forbidden' });
  });

  test('answers 401 JSON to an anonymous API call', async ({ request }) => {
    const res = await request.get('/api/admin/users');
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthenticated' });
  });

  test('is open to the admin, page and API', async ({ page, signIn }) => {
    await signIn('admin');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');

    const res = await page.request.get('/api/admin/users?q=citizen');
    expect(res.status()).toBe(200);
    const { users } = await res.json();
    expect(users).toEqual([expect.objectContaining({ email: 'citizen@e2e.crieur.test', role: 'citizen' })]);
    expect(users[0]).not.toHaveProperty('passwordHash');
    expect((await page.request.get(`/api/admin/users?q=${'x'.repeat(101)}`)).status()).toBe(422);
  });
});
