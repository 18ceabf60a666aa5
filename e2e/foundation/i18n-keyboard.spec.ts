import { signInContext } from '../fixtures/auth';
import { test, expect } from '../fixtures/test';

test.describe('a browser that prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the French interface', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restez informé·e par votre ville');
    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion à Crieur');
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
  });
});

test('the language switcher changes the language, and a signed-in user keeps the choice', async ({
  page,
  signIn,
  browser,
  baseURL,
  watchPolicy,
}) => {
  await signIn('other');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Omar Other');
  await page.getByRole('button', { name: 'Language: Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Omar Other');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  try {
    // Another browser (English by default, no language cookie) signed in as the same user: the user's choice wins.
    const elsewhere = await browser.newContext({ baseURL, locale: 'en-GB' });
    await watchPolicy(elsewhere);
    await signInContext(elsewhere, 'other');
    const other = await elsewhere.newPage();
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Omar Other');
    await elsewhere.close();
  } finally {
    await page.getByRole('button', { name: 'Langue: English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Omar Other');
  }
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/signin');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0, 'the focused skip link is on screen').toBe(true);
  await page.screenshot({ path: 'e2e/.output/skip-link.png', clip: { x: 0, y: 0, width: 640, height: 120 } });
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
