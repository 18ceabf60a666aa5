import { expectNoAxeViolations } from '../fixtures/axe';
import { test, expect } from '../fixtures/test';
import type { E2EUser } from '../fixtures/users';

// Every page of the shell, as the person who may see it: heading, zero axe-core violations, a screenshot to look at.
const PAGES: Array<{ name: string; path: string; who?: E2EUser; heading: string | RegExp; status?: number }> = [
  { name: 'landing', path: '/', heading: 'Stay informed by your town' },
  { name: 'home', path: '/', who: 'citizen', heading: 'Hello, Claire Citizen' },
  { name: 'signin', path: '/signin', heading: 'Sign in to Crieur' },
  { name: 'signup', path: '/signup', heading: 'Create your Crieur account' },
  { name: 'inbox', path: '/inbox', who: 'citizen', heading: 'Messages' },
  { name: 'settings', path: '/settings/notifications', who: 'citizen', heading: 'Settings' },
  { name: 'account', path: '/settings/account', who: 'citizen', heading: 'Account and security' },
  { name: 'admin', path: '/admin', who: 'admin', heading: 'Administration' },
  { name: 'forbidden', path: '/forbidden', who: 'citizen', heading: 'Access refused' },
  { name: 'offline', path: '/offline', heading: /You are offline/ },
  { name: 'not-found', path: '/no-such-page', heading: 'This page does not exist.', status: 404 },
];

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`${device} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport, ...(device === 'mobile' ? { isMobile: true, hasTouch: true } : {}) });

    for (const p of PAGES) {
      test(`${p.name} ${p.path}${p.who ? ` as ${p.who}` : ''}`, async ({ page, signIn }) => {
        if (p.who) await signIn(p.who);
        const res = await page.goto(p.path);
        expect(res?.status()).toBe(p.status ?? 200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
        // Nothing may stick out sideways: a horizontal scrollbar on a phone is a layout bug.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await expectNoAxeViolations(page, `${p.path} (${device})`);
        await page.screenshot({ path: `e2e/.output/pages/${device}-${p.name}.png`, fullPage: true });
      });
    }

    test('sign-up form showing its errors', async ({ page }) => {
      await page.goto('/signup');
      await page.getByLabel('E-mail address').fill('not-an-e-mail');
      await page.getByLabel('Password').fill('short');
      await page.getByRole('button', { name: 'Create my account' }).click();
      await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, `/signup with errors (${device})`);
      await page.screenshot({ path: `e2e/.output/pages/${device}-signup-errors.png`, fullPage: true });
    });
  });
}
