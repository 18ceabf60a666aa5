import { test, expect } from '../fixtures/test';

test('signed-in citizen sees the portal home', async ({ page, signIn }) => {
  await signIn('citizen');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Claire Citizen');
  await page.screenshot({ path: 'e2e/.output/home-citizen.png', fullPage: true });
});
