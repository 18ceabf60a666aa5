// Every page, with data (an API token, notifications and their delivery log, devices, inbox messages), in English
// and French, on a desktop and a phone: the server's HTML and the browser's first render must agree. The fixtures
// fail any test on a hydration error (React #418) or any other page error; the portal runs in another time zone than
// the browser (playwright.config.ts), so a date formatted with either machine's zone would show.
import type { Page } from '@playwright/test';
import { signInContext } from '../fixtures/auth';
import { discoverPages, pagePath, type AppPage } from '../fixtures/app-routes';
import { faultEndpoint, storeFaultDevice } from '../fixtures/fault-push';
import { MARKER_IDS, MARKERS } from '../fixtures/markers';
import { expect, test } from '../fixtures/test';

const LOCALES = { en: 'en-GB', fr: 'fr-FR' } as const;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile';
// A medium date and a short time, as formatDate writes them in each language ("Dec 2, 2026, 2:10 PM" / "2 déc. 2026,
// 14:10"): what the server sends and what the browser keeps.
const DATE_TIME = {
  en: /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/,
  fr: /\d{1,2} [a-zéû]+\.? \d{4}(,| à) \d{2}:\d{2}/,
};
// Pages whose dates this spec was written for, photographed to be looked at. (Axe is the pages' own specs' business:
// e2e/foundation/pages.spec.ts, e2e/admin/access-and-a11y.spec.ts.)
const LOOKED_AT = [
  '/admin/tokens',
  '/admin/devices',
  '/admin/notifications',
  '/admin/notifications/[id]',
  '/inbox',
  '/settings/notifications',
];

const whoSees = (p: AppPage) => (p.route.startsWith('/admin') ? 'admin' : p.folders[0] === '(auth)' ? null : 'citizen');

/** Loads a page and lets it hydrate: its scripts are fetched and run once the network is quiet. */
async function visit(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(500);
  await page.waitForLoadState('networkidle');
}

for (const lang of ['en', 'fr'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test.describe(`${lang}, ${size}`, () => {
      test.use({ locale: LOCALES[lang], viewport });

      test('every page hydrates without a mismatch, with data on it', async ({
        page,
        browser,
        baseURL,
        signIn,
        watchPolicy,
      }) => {
        test.setTimeout(180_000);
        const admin = await browser.newContext({ baseURL, locale: LOCALES[lang], viewport });
        await watchPolicy(admin);
        const adminPage = await admin.newPage();
        await signInContext(admin, 'admin');
        await signIn('citizen');
        // A device of the citizen's own, for the device list of the settings page.
        const endpoint = faultEndpoint(`hydrate-${lang}-${size}-${Date.now()}`, '201');
        await storeFaultDevice(page.context().request, endpoint, ANDROID);

        for (const p of discoverPages()) {
          const who = whoSees(p);
          const tab = who === 'admin' ? adminPage : page;
          const path = pagePath(p, { id: MARKER_IDS.notification });
          if (who === null) {
            const anonymous = await browser.newContext({ baseURL, locale: LOCALES[lang], viewport });
            await watchPolicy(anonymous);
            await visit(await anonymous.newPage(), path);
            await anonymous.close();
            continue;
          }
          await visit(tab, path);
          if (LOOKED_AT.includes(p.route)) {
            const name = p.route.replace(/[/[\]]+/g, '-').replace(/^-|-$/g, '');
            await tab.screenshot({ path: `e2e/.output/hydration/${lang}-${size}-${name}.png`, fullPage: true });
          }
        }

        // The seeded token's row: its creation date in the admin's language, as the server wrote it.
        await visit(adminPage, '/admin/tokens');
        const row = adminPage.getByRole('row').filter({ hasText: MARKERS.tokenName });
        await expect(row.getByRole('cell').nth(2)).toHaveText(DATE_TIME[lang]);
        await visit(page, '/inbox');
        await expect(page.getByText(MARKERS.inboxTitle)).toBeVisible();
        await admin.close();
      });
    });
  }
}
