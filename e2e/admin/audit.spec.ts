import { trySignIn } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { users } from '../fixtures/users';

// The audit log answers "who did what": an admin creates an API token and a visitor fails to sign in, then the admin
// finds both in /admin/audit and narrows the list with its filters — in English and French, on a desktop and a phone.

const stamp = Date.now();
const WORDS = {
  en: {
    nav: 'Administration sections',
    audit: 'Audit log',
    tokenName: 'Name of the system using the token',
    create: 'Create a token',
    actor: 'Actor (name, e-mail or token)',
    action: 'Action',
    from: 'From (day)',
    to: 'To (day, included)',
    filter: 'Filter',
    tokenCreated: 'API token created',
    signInRefused: 'Sign-in refused',
    topicCreated: 'Topic created',
    empty: 'No entry matches these filters.',
    table: 'Audit log entries, newest first',
  },
  fr: {
    nav: 'Sections de l’administration',
    audit: 'Journal d’audit',
    tokenName: 'Nom du système qui utilise le jeton',
    create: 'Créer un jeton',
    actor: 'Auteur (nom, e-mail ou jeton)',
    action: 'Action',
    from: 'Du (jour)',
    to: 'Au (jour, inclus)',
    filter: 'Filtrer',
    tokenCreated: 'Jeton d’API créé',
    signInRefused: 'Connexion refusée',
    topicCreated: 'Sujet créé',
    empty: 'Aucune entrée ne correspond à ces filtres.',
    table: 'Entrées du journal d’audit, les plus récentes d’abord',
  },
};
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
// The admin's days (the seeded admin lives in Europe/Paris): today there, as a date input wants it.
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const lang of ['en', 'fr'] as const) {
    test.describe(`${lang}, ${device} (${viewport.width}×${viewport.height})`, () => {
      test.use({ viewport, ...(device === 'mobile' ? { isMobile: true, hasTouch: true } : {}) });
      const w = WORDS[lang];
      const shot = (name: string) => `/tmp/audit-${lang}-${device}-${name}.png`;

      test('an admin finds what was done in the audit log and filters it', async ({
        page,
        context,
        baseURL,
        signIn,
      }) => {
        await context.addCookies([{ name: 'crieur-locale', value: lang, url: baseURL! }]);
        const tokenName = `Audit bridge ${lang} ${device} ${stamp}`;
        const stranger = `nobody-${lang}-${device}-${stamp}@e2e.crieur.test`;
        expect(await trySignIn(page.request, stranger, 'not the password')).toBeNull();
        await signIn('admin');
        await page.goto('/admin/tokens');
        await page.getByLabel(w.tokenName).fill(tokenName);
        await page.getByRole('button', { name: w.create }).click();
        await expect(page.getByRole('row').filter({ hasText: tokenName })).toBeVisible();

        await page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.audit }).click();
        await expect(page.getByRole('heading', { level: 1, name: w.audit })).toBeVisible();
        await expect(
          page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.audit }),
        ).toHaveAttribute('aria-current', 'page');
        const table = page.getByRole('table', { name: w.table });
        const tokenRow = table.getByRole('row').filter({ hasText: tokenName });
        await expect(tokenRow).toContainText(w.tokenCreated);
        await expect(tokenRow).toContainText(users.admin.email);
        await expect(table.getByRole('row').filter({ hasText: stranger })).toContainText(w.signInRefused);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await expectNoAxeViolations(page, shot('all'));
        await page.screenshot({ path: shot('all'), fullPage: true });

        // Filtered by the person, the action and today: the token is there; the refused sign-in is not.
        await page.getByLabel(w.actor).fill(users.admin.email);
        await page.getByLabel(w.action).selectOption({ label: w.tokenCreated });
        await page.getByLabel(w.from).fill(today());
        await page.getByLabel(w.to).fill(today());
        await page.getByRole('button', { name: w.filter }).click();
        await expect(page).toHaveURL(/action=token\.create/);
        await expect(table.getByRole('row').filter({ hasText: tokenName })).toBeVisible();
        await expect(table.getByRole('row').filter({ hasText: stranger })).toHaveCount(0);
        await expect(page.getByLabel(w.action)).toHaveValue('token.create');
        await expectNoAxeViolations(page, shot('filtered'));
        await page.screenshot({ path: shot('filtered'), fullPage: true });

        // Another action by the same person, on the same day, matches nothing this spec did.
        await page.getByLabel(w.action).selectOption({ label: w.topicCreated });
        await page.getByLabel(w.actor).fill(tokenName);
        await page.getByLabel(w.actor).press('Enter');
        await expect(page.getByText(w.empty)).toBeVisible();
      });
    });
  }
}
