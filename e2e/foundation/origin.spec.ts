// The e2e portal runs like `npm start` anywhere but on port 3000: without NEXTAUTH_URL (playwright.config.ts). Here
// it is reached at 127.0.0.1 while baseURL says localhost, so only an origin taken from each request keeps the
// visitor where they are; next-auth's fallback would send them to http://localhost:3000, a browser error page.
import { catalogs } from '../../messages';
import { expectNoAxeViolations } from '../fixtures/axe';
import { APP_PORT } from '../fixtures/ports';
import { expect, test } from '../fixtures/test';
import { E2E_PASSWORD, users } from '../fixtures/users';

const ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

for (const lang of ['en', 'fr'] as const) {
  const auth = catalogs.auth[lang];
  const common = catalogs.common[lang];
  for (const [size, viewport] of Object.entries(SIZES)) {
    test.describe(`${lang}, ${size}`, () => {
      test.use({ baseURL: ORIGIN, locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport });

      test('signs in, moves around and signs out without leaving the origin in use', async ({ page }) => {
        await page.goto('/inbox');
        await expect(page).toHaveURL(`${ORIGIN}/signin?callbackUrl=%2Finbox`);
        await page.getByLabel(auth.email).fill(users.citizen.email);
        await page.getByLabel(auth.password).fill(E2E_PASSWORD);
        await page.getByRole('button', { name: auth.submitSignIn }).click();
        await expect(page).toHaveURL(`${ORIGIN}/inbox`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(common.inboxTitle);

        await page.getByRole('navigation').getByRole('link', { name: common.navHome }).click();
        await expect(page).toHaveURL(`${ORIGIN}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          common.homeTitle.replace('{name}', users.citizen.name),
        );
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `e2e/.output/origin-signed-in-${lang}-${size}.png` });

        await page.getByRole('button', { name: common.signOut }).click();
        await expect(page).toHaveURL(`${ORIGIN}/`);
        await expect(page.getByRole('button', { name: common.signOut })).toHaveCount(0);
        await expect(page.getByRole('link', { name: common.signIn }).first()).toBeVisible();
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `e2e/.output/origin-signed-out-${lang}-${size}.png` });
      });

      test("next-auth's error redirect lands on the sign-in page of that origin", async ({ page }) => {
        // What an identity provider's failed callback leads to; no provider is configured here.
        await page.goto('/api/auth/error?error=OAuthCallback');
        await expect(page).toHaveURL(
          (url) =>
            url.origin === ORIGIN && url.pathname === '/signin' && url.searchParams.get('error') === 'OAuthCallback',
        );
        await expect(page.getByRole('main').getByRole('alert')).toHaveText(auth.generic);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `e2e/.output/origin-error-${lang}-${size}.png` });
      });
    });
  }
}

test('the same portal answers each origin with its own redirects', async ({ browser, watchPolicy }) => {
  for (const origin of [ORIGIN, `http://localhost:${APP_PORT}`]) {
    const context = await browser.newContext({ baseURL: origin });
    await watchPolicy(context);
    const page = await context.newPage();
    await page.goto('/admin');
    await expect(page).toHaveURL(`${origin}/signin?callbackUrl=%2Fadmin`);
    const signInRedirect = await context.request.get('/api/auth/signin', { maxRedirects: 0 });
    expect(new URL(signInRedirect.headers().location!, origin).searchParams.get('callbackUrl')).toBe(`${origin}`);
    await context.close();
  }
});
