import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

// Sending to the whole town must never be a slip (issue 11): no audience is preselected, "Everyone" above
// COMPOSE_CONFIRM_THRESHOLD (5 in the e2e portal) asks to confirm with the count, a sent message leaves a result and an
// empty draft (a second "Send" used to send it again), and destructive console actions confirm first. English and
// French, desktop and phone.

// French counts 0 and 1 as singular.
const plural = (n: number, one: string, other: string, lang: 'en' | 'fr') =>
  (lang === 'fr' ? n <= 1 : n === 1) ? one : other;
const WORDS = {
  en: {
    title: 'Title',
    send: 'Send the notification',
    test: 'Send a test to my devices',
    everyone: 'Everyone',
    topic: 'Topic (a label)',
    noAudience: 'Choose who receives it.',
    fixErrors: 'Please correct the highlighted fields.',
    reach: /^Reaches (\d+) people on (\d+) devices?\.$/,
    confirmTitle: (n: number, d: number) => `Send to ${n} people on ${d} ${plural(d, 'device', 'devices', 'en')}?`,
    confirmButton: (n: number) => `Send to ${n} people`,
    back: 'Back to the draft',
    sent: 'Notification sent',
    created: (title: string, n: number) => `“${title}” was created for ${n} people on`,
    follow: 'Follow its delivery',
    reuse: 'Send again as a new message',
    slug: /^Short name/,
    name: 'Name in English',
    create: 'Create the topic',
    archive: (x: string) => `Archive ${x}`,
    archiveTitle: (x: string) => `Archive “${x}”?`,
    restore: (x: string) => `Restore ${x}`,
    restored: 'Topic restored.',
    archived: 'Topic archived.',
    goBack: 'Go back',
  },
  fr: {
    title: 'Titre',
    send: 'Envoyer la notification',
    test: 'M’envoyer un test sur mes appareils',
    everyone: 'Tout le monde',
    topic: 'Sujet (étiquette)',
    noAudience: 'Choisissez qui la reçoit.',
    fixErrors: 'Veuillez corriger les champs signalés.',
    reach: /^Atteint (\d+) personnes sur (\d+) appareils?\.$/,
    confirmTitle: (n: number, d: number) =>
      `Envoyer à ${n} personnes sur ${d} ${plural(d, 'appareil', 'appareils', 'fr')} ?`,
    confirmButton: (n: number) => `Envoyer à ${n} personnes`,
    back: 'Revenir au brouillon',
    sent: 'Notification envoyée',
    created: (title: string, n: number) => `« ${title} » a été créée pour ${n} personnes sur`,
    follow: 'Suivre son envoi',
    reuse: 'Renvoyer comme nouveau message',
    slug: /^Nom court/,
    name: 'Nom en anglais',
    create: 'Créer le sujet',
    archive: (x: string) => `Archiver ${x}`,
    archiveTitle: (x: string) => `Archiver « ${x} » ?`,
    restore: (x: string) => `Restaurer ${x}`,
    restored: 'Sujet restauré.',
    archived: 'Sujet archivé.',
    goBack: 'Revenir en arrière',
  },
};
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function reachOf(page: Page, pattern: RegExp) {
  const line = page.getByText(pattern);
  await expect(line).toBeVisible();
  const [, n, d] = pattern.exec((await line.textContent()) ?? '')!;
  return { n: Number(n), d: Number(d), text: (await line.textContent()) ?? '' };
}

for (const lang of ['en', 'fr'] as const) {
  for (const size of SIZES) {
    test.describe(`${lang}, ${size.name}`, () => {
      test.use({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', viewport: { width: size.width, height: size.height } });
      const w = WORDS[lang];
      // A modal dialog is shown as the person sees it (the viewport), pages in full.
      const shot = (page: Page, what: string, fullPage = true) =>
        page.screenshot({ path: `e2e/.output/composer-safety-${what}-${lang}-${size.name}.png`, fullPage });

      test('no audience preselected; Everyone asks to confirm the count; a second Send cannot send again', async ({
        page,
        signIn,
      }) => {
        await signIn('admin');
        await page.goto('/admin/compose');
        await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
        const title = `Water cut ${lang} ${size.name} ${Date.now()}`;
        await page.getByLabel(w.title, { exact: true }).fill(title);
        const send = page.getByRole('button', { name: w.send });

        // A test to one's own devices needs no audience.
        await page.getByRole('button', { name: w.test }).click();
        await expect(page.locator('#compose-status .alert')).toBeVisible();
        await expect(page.locator('#compose-status')).not.toContainText(w.fixErrors);

        // Without a choice: refused, said on the field, focus on the choice; no dialog, nothing sent.
        await send.click();
        await expect(page.getByText(w.noAudience)).toBeVisible();
        await expect(page.getByRole('radio', { name: w.everyone, exact: true })).toBeFocused();
        await expect(page.getByRole('dialog')).toHaveCount(0);

        // Everyone: the count does not change when the message gets a topic label (the audience alone decides).
        await page.getByRole('radio', { name: w.everyone, exact: true }).check();
        const reach = await reachOf(page, w.reach);
        expect(reach.n).toBeGreaterThan(5);
        await page.getByLabel(w.topic).selectOption('waste');
        await page.waitForTimeout(600); // the count is debounced (250 ms)
        await expect(page.getByText(w.reach)).toHaveText(reach.text);
        await shot(page, 'draft');

        // Above the threshold: a modal dialog names the count; focus on the harmless choice; Escape sends nothing.
        await send.click();
        const dialog = page.getByRole('dialog', { name: w.confirmTitle(reach.n, reach.d) });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('button', { name: w.back })).toBeFocused();
        await expectNoAxeViolations(page, 'send confirmation');
        await shot(page, 'confirm', false);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(page.getByRole('heading', { name: w.sent })).toHaveCount(0);

        await send.click();
        await dialog.getByRole('button', { name: w.confirmButton(reach.n) }).click();

        // The result: what was created, for how many, a link to its delivery page; focus on it; an empty draft.
        const result = page.getByRole('region', { name: w.sent });
        await expect(result).toBeFocused();
        await expect(result).toContainText(w.created(title, reach.n));
        const delivery = result.getByRole('link', { name: w.follow });
        await expect(delivery).toHaveAttribute('href', /^\/admin\/notifications\/[\w-]+$/);
        await expect(page.getByLabel(w.title, { exact: true })).toHaveValue('');
        await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
        await expectNoAxeViolations(page, 'send result');
        await shot(page, 'result');

        // "Send" again: an empty draft is refused; no second notification.
        await send.click();
        await expect(page.getByText(w.fixErrors)).toBeVisible();
        await expect(page.getByRole('dialog')).toHaveCount(0);
        // The sent draft comes back only on request, under a new key, to be sent deliberately.
        await result.getByRole('button', { name: w.reuse }).click();
        await expect(page.getByLabel(w.title, { exact: true })).toHaveValue(title);
        await expect(page.getByRole('radio', { name: w.everyone, exact: true })).toBeChecked();

        await page.goto('/admin/notifications');
        await expect(page.getByRole('link', { name: title })).toHaveCount(1);
      });

      test('archiving a topic asks first and can be undone', async ({ page, signIn }) => {
        await signIn('admin');
        await page.goto('/admin/topics');
        const name = `Fairs ${lang} ${size.name} ${Date.now() % 100000}`;
        await page
          .getByLabel(w.slug)
          .first()
          .fill(`fairs-${lang}-${size.name}-${Date.now() % 100000}`);
        await page.getByLabel(w.name).first().fill(name); // the create form; each row's editor has one too
        await page.getByRole('button', { name: w.create }).click();
        const archive = page.getByRole('button', { name: w.archive(name) });
        await expect(archive).toBeVisible();

        await archive.click();
        const dialog = page.getByRole('dialog', { name: w.archiveTitle(name) });
        await expect(dialog.getByRole('button', { name: w.goBack })).toBeFocused();
        await expectNoAxeViolations(page, 'archive confirmation');
        await shot(page, 'archive-confirm', false);
        await dialog.getByRole('button', { name: w.goBack }).click();
        await expect(dialog).toBeHidden();
        await expect(archive).toBeFocused(); // focus goes back to the button that opened the dialog

        await archive.click();
        await dialog.getByRole('button', { name: w.archive(name) }).click();
        await expect(page.getByRole('status').filter({ hasText: w.archived })).toBeVisible();
        const restore = page.getByRole('button', { name: w.restore(name) });
        await expect(restore).toBeVisible();
        await shot(page, 'topic-archived');
        await restore.click();
        await expect(page.getByRole('status').filter({ hasText: w.restored })).toBeVisible();
        await expect(archive).toBeVisible();
        await expectNoAxeViolations(page, 'topics after restore');
        await shot(page, 'topics');
      });
    });
  }
}
