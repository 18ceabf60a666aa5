import { expectNoAxeViolations } from '../fixtures/axe';
import { createNotificationViaApi } from '../fixtures/api';
import { signInContext } from '../fixtures/auth';
import { expect, shownNotifications, test } from '../fixtures/push';
import { citizenWithPush, deliverAndWaitShown, pushesFor } from '../fixtures/push-citizen';

// One message in English and French: a resident who chose French with the language switcher gets the French version
// on their device (lang "fr") and in their inbox; the admin detail counts them under French.
test('a French-speaking resident’s device and inbox show the French version of a bilingual message', async ({
  page,
  context,
  signUp,
  request,
}) => {
  const { email, sub } = await citizenWithPush(page, context, signUp);
  // The language switcher saves the choice on the account (lib/actions/set-locale.ts).
  await page.goto('/inbox');
  await page.getByRole('button', { name: 'Language: Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  const created = await createNotificationViaApi(
    request,
    {
      lang: 'en',
      title: 'Water cut tomorrow',
      body: 'From 9:00 to 12:00 on rue des Lilas.',
      url: '/inbox',
      actions: [{ type: 'ack', title: 'OK' }],
      translations: {
        fr: {
          title: 'Coupure d’eau demain',
          body: 'De 9 h à 12 h rue des Lilas.',
          actions: [{ type: 'ack', title: 'Compris' }],
        },
      },
      audience: { kind: 'users', users: [email] },
    },
    `e2e-bilingual-${Date.now()}`,
  );
  const [message] = await pushesFor(sub, 1);
  expect(JSON.parse(message)).toMatchObject({
    notificationId: created.id,
    title: 'Coupure d’eau demain',
    lang: 'fr',
    dir: 'ltr',
    actions: [{ action: 'ack', title: 'Compris' }],
  });

  await deliverAndWaitShown(page, message, 'Coupure d’eau demain');
  expect(await shownNotifications(page)).toContainEqual(
    expect.objectContaining({
      title: 'Coupure d’eau demain',
      body: 'De 9 h à 12 h rue des Lilas.',
      lang: 'fr',
      dir: 'ltr',
      actions: [{ action: 'ack', title: 'Compris' }],
    }),
  );
  await page.reload();
  const item = page.getByTestId('inbox-item').filter({ hasText: 'Coupure d’eau demain' });
  await expect(item).toBeVisible();
  await expect(item.locator('[lang="fr"]').first()).toHaveText('Coupure d’eau demain');
  await expect(page.getByText('Water cut tomorrow')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/.output/bilingual-inbox-fr.png', fullPage: true });
  await expectNoAxeViolations(page, 'inbox with a French variant');
});

test.describe('the composer in French', () => {
  test('names its language tabs in French and says which are written', async ({ browser, baseURL, watchPolicy }) => {
    // The admin has no saved language: the browser's (Accept-Language) decides.
    const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
    await watchPolicy(context);
    await signInContext(context, 'admin');
    const page = await context.newPage();
    await page.goto('/admin/compose');
    const tabs = page.getByRole('tablist', { name: 'Langues' });
    const english = tabs.getByRole('tab', { name: /^Anglais \(par défaut\)/ });
    const french = tabs.getByRole('tab', { name: /^Français \(facultatif\)/ });
    await expect(english).toContainText('vide');
    await page.getByLabel('Titre').fill('Water cut');
    await expect(english).toContainText('rédigé');
    await english.focus();
    await page.keyboard.press('End');
    await expect(french).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name: /^Français/ });
    await expect(panel).toContainText('Les habitants qui ont choisi le français reçoivent cette version');
    await panel.getByLabel('Titre').fill('Coupure d’eau');
    await expect(french).toContainText('rédigé');
    await expect(page.getByRole('heading', { name: 'Aperçu en français' })).toBeVisible();
    await page.screenshot({ path: 'e2e/.output/admin-compose-tabs-fr.png', fullPage: true });
    await expectNoAxeViolations(page, 'composer in French, French tab');
    await context.close();
  });
});
