import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/axe';
import { logMark, loggedResetFor, resetLinkFromLog } from '../fixtures/server-log';
import { signInViaApi, trySignIn } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';
import { E2E_PASSWORD, users, type E2EUser } from '../fixtures/users';

// "Forgot your password?" as a resident walks it, in both languages, on a computer and on a phone: ask, read the link
// (logged by the portal, which has no SMTP server in the e2e run), set a new password, sign in with it.
const TEXT = {
  en: {
    forgot: 'Forgot your password?',
    forgotTitle: 'Forgotten password',
    email: 'E-mail address',
    send: 'Send me a link',
    invalidEmail: 'Enter a valid e-mail address, like name@example.org.',
    sent: (email: string) => `If an account exists for ${email}, we sent a link to it.`,
    resetTitle: 'Choose a new password',
    newPassword: 'New password',
    save: 'Save my new password',
    tooShort: 'The password must have at least 10 characters.',
    changed: /Your password was changed/,
    password: 'Password',
    signIn: 'Sign in',
    dead: 'This link no longer works',
    askNew: 'Ask for a new link',
  },
  fr: {
    forgot: 'Mot de passe oublié ?',
    forgotTitle: 'Mot de passe oublié',
    email: 'Adresse e-mail',
    send: 'M’envoyer un lien',
    invalidEmail: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    sent: (email: string) => `Si un compte existe pour ${email}, nous lui avons envoyé un lien.`,
    resetTitle: 'Choisissez un nouveau mot de passe',
    newPassword: 'Nouveau mot de passe',
    save: 'Enregistrer mon nouveau mot de passe',
    tooShort: 'Le mot de passe doit comporter au moins 10 caractères.',
    changed: /Votre mot de passe a été modifié/,
    password: 'Mot de passe',
    signIn: 'Se connecter',
    dead: 'Ce lien ne fonctionne plus',
    askNew: 'Demander un nouveau lien',
  },
};
const SIZES = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
const WHO: Record<string, E2EUser> = {
  'en-desktop': 'resetEnDesktop',
  'en-mobile': 'resetEnMobile',
  'fr-desktop': 'resetFrDesktop',
  'fr-mobile': 'resetFrMobile',
};

for (const lang of ['en', 'fr'] as const) {
  for (const size of ['desktop', 'mobile'] as const) {
    test.describe(`${lang}, ${size}`, () => {
      test.use({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport: SIZES[size] });
      const t = TEXT[lang];
      const who = users[WHO[`${lang}-${size}`]];
      const shot = (page: Page, name: string) =>
        page.screenshot({ path: `e2e/.output/forgot-password-${name}-${lang}-${size}.png`, fullPage: true });

      test('ask for a link, set a new password with it, sign in with it', async ({
        page,
        browser,
        baseURL,
        request,
      }) => {
        // Each run its own client address (the suite trusts loopback as a proxy): the per-address limit stays its own.
        const address = `203.0.113.${lang === 'en' ? 10 : 20}${size === 'desktop' ? 1 : 2}`;
        await page.setExtraHTTPHeaders({ 'x-forwarded-for': address });
        const elsewhere = await browser.newContext({ baseURL });
        await signInViaApi(elsewhere.request, { email: who.email });

        await page.goto('/signin');
        await page.getByRole('link', { name: t.forgot }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.forgotTitle);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: t.send }).click();
        await expect(page.getByLabel(t.email)).toHaveAccessibleDescription(t.invalidEmail);
        await expect(page.getByLabel(t.email)).toBeFocused();
        await shot(page, 'invalid');

        // An unknown address: the very same answer, and nothing logged or sent.
        const unknown = `nobody-${lang}-${size}@e2e.crieur.test`;
        let mark = logMark();
        await page.getByLabel(t.email).fill(unknown);
        await page.getByRole('button', { name: t.send }).click();
        await expect(page.getByRole('status')).toHaveText(t.sent(unknown));
        await expect(page.getByRole('status')).toBeFocused();

        await page.getByRole('button', { name: lang === 'en' ? 'Send another link' : 'Renvoyer un lien' }).click();
        await expect(page.getByLabel(t.email)).toBeFocused();
        mark = logMark();
        await page.getByLabel(t.email).fill(who.email.toUpperCase());
        await page.getByRole('button', { name: t.send }).click();
        await expect(page.getByRole('status')).toHaveText(t.sent(who.email));
        await expectNoAxeViolations(page);
        await shot(page, 'sent');
        const link = await resetLinkFromLog(who.email, mark);
        expect(loggedResetFor(unknown, 0)).toBe(false);
        expect(link.startsWith(`${baseURL}/reset-password?token=`)).toBe(true);

        await page.goto(link);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.resetTitle);
        await expect(page.getByLabel(t.email)).toHaveValue(who.email);
        await expectNoAxeViolations(page);
        await page.getByLabel(t.newPassword).fill('too short');
        await page.getByRole('button', { name: t.save }).click();
        await expect(page.getByLabel(t.newPassword)).toHaveAccessibleDescription(new RegExp(t.tooShort));
        await expect(page.getByLabel(t.newPassword)).toBeFocused();
        await shot(page, 'form');
        const fresh = `a new passphrase for ${lang} ${size}`;
        await page.getByLabel(t.newPassword).fill(fresh);
        await page.getByRole('button', { name: t.save }).click();

        await expect(page).toHaveURL(/\/signin\?notice=password-changed$/);
        await expect(page.getByRole('status')).toHaveText(t.changed);
        await expectNoAxeViolations(page);
        await shot(page, 'changed');
        // Every session of the person ended, the other browser's too.
        expect((await elsewhere.request.get('/api/preferences')).status()).toBe(401);
        await elsewhere.close();
        await page.getByLabel(t.email).fill(who.email);
        await page.getByLabel(t.password, { exact: true }).fill(fresh);
        await page.getByRole('button', { name: t.signIn, exact: true }).click();
        await expect(page).not.toHaveURL(/\/signin/);
        expect((await (await page.request.get('/api/auth/session')).json()).uid).toBeTruthy();
        expect(await trySignIn(request, who.email, E2E_PASSWORD)).toBeNull();

        // The link was for one use only: the same clear message as an expired or unknown one, and a way forward.
        await page.goto(link);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.dead);
        await expectNoAxeViolations(page);
        await shot(page, 'used-link');
        await page.getByRole('link', { name: t.askNew }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.forgotTitle);
      });
    });
  }
}
