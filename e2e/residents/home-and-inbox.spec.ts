import type { BrowserContext, Page } from '@playwright/test';
import common from '../../messages/common';
import inbox from '../../messages/inbox';
import push from '../../messages/push';
import { createNotificationViaApi } from '../fixtures/api';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/push';
import { LANGS, useLanguage, VIEWPORTS, type Lang } from './viewports';

// The resident's side (issue 11): a home page that starts with unread messages, the same names in the header and on
// the pages, an inbox that can be scanned, that does not jump, and whose Forget can be undone.

const STORM_BODY =
  'Violent winds expected from 18:00: secure loose objects, avoid the seafront and parks, ' +
  'and stay inside if you can. The town’s crews are on call all night.';

async function sendTwoMessages(
  request: import('@playwright/test').APIRequestContext,
  context: BrowserContext,
  email: string,
) {
  // Topics narrow who receives a message: this resident follows the two used here.
  const prefs = { topics: ['weather', 'events'], quietHours: null, timeZone: 'Europe/Paris' };
  expect((await context.request.put('/api/preferences', { data: prefs })).status()).toBe(200);
  const to = { kind: 'users', users: [email] };
  const market = await createNotificationViaApi(request, {
    title: 'Christmas market',
    body: 'Place du Marché, Saturday from 10:00.',
    topic: 'events',
    audience: to,
  });
  const library = await createNotificationViaApi(request, {
    title: 'Library closed',
    body: 'The library is closed on Monday for inventory.',
    audience: to,
  });
  const storm = await createNotificationViaApi(request, {
    title: 'Storm warning',
    body: STORM_BODY,
    topic: 'weather',
    urgency: 'high',
    critical: true,
    audience: to,
  });
  return { market: market.id, library: library.id, storm: storm.id };
}

const itemOf = (page: Page, title: string) => page.getByTestId('inbox-item').filter({ hasText: title });

for (const [size, use] of Object.entries(VIEWPORTS)) {
  test.describe(`${size}`, () => {
    test.use(use);
    for (const lang of LANGS) {
      const c = common[lang];
      const t = inbox[lang];
      const shot = (page: Page, name: string) =>
        page.screenshot({ path: `e2e/.output/residents/${size}-${lang}-${name}.png`, fullPage: true });

      test(`${lang}: home shows unread first; the inbox is scannable, stays put, Forget can be undone`, async ({
        page,
        context,
        signUp,
        request,
      }) => {
        test.setTimeout(120_000);
        const { email } = await signUp('Hugo Habitant');
        await useLanguage(page, lang);
        const ids = await sendTwoMessages(request, context, email);

        // Home: unread messages newest first, with their first words and a link each; this device in one line.
        await page.goto('/');
        const nav = page.getByRole('navigation', { name: c.mainNav });
        await expect(nav.getByRole('link', { name: new RegExp(`^${c.navInbox}`) })).toHaveAttribute('href', '/inbox');
        await expect(nav.getByRole('link', { name: c.navSettings })).toHaveAttribute('href', '/settings/notifications');
        const unread = page.getByRole('region', { name: t.homeUnreadTitle });
        const links = unread.getByRole('listitem');
        await expect(links).toHaveCount(3);
        await expect(links.first()).toContainText('Storm warning');
        await expect(links.first()).toContainText(t.importanceCritical);
        await expect(links.first()).toContainText('Violent winds expected from 18:00');
        await expect(links.nth(1)).toContainText('Library closed');
        await expect(links.nth(2)).toContainText('Christmas market');
        await expect(unread.getByRole('link', { name: 'Storm warning' })).toHaveAttribute(
          'href',
          `/inbox#message-${ids.storm}`,
        );
        await expect(page.getByTestId('push-status-line')).toContainText(
          `${push[lang].statusOff} ${push[lang].statusTurnOn}`,
        );
        await expect(page.getByRole('region', { name: push[lang].cellTitle })).toHaveCount(0); // not a copy of Settings
        await expectNoAxeViolations(page, `home (${lang}, ${size})`);
        await shot(page, 'home-unread');

        // The header, the page title and the heading use the same word.
        await nav.getByRole('link', { name: new RegExp(`^${c.navInbox}`) }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.inboxTitle);
        await expect(page).toHaveTitle(new RegExp(c.inboxTitle));

        // Closed items can be scanned: importance in words, topic, first words.
        const storm = itemOf(page, 'Storm warning');
        const market = itemOf(page, 'Christmas market');
        const stormTitle = storm.getByRole('button', { name: 'Storm warning' });
        await expect(stormTitle).toHaveAttribute('aria-expanded', 'false');
        await expect(storm.getByTestId('importance')).toHaveText(`⚠${t.importanceCritical}`);
        await expect(storm).toContainText('Weather alerts');
        await expect(storm).toContainText('Violent winds expected from 18:00');
        await expect(market.getByTestId('importance')).toHaveCount(0);
        await expect(market).toContainText('Place du Marché');
        await expectNoAxeViolations(page, `inbox (${lang}, ${size})`);
        await shot(page, 'inbox-closed');

        // Opening the first (unread) message marks it read; after the badge refresh nothing moves and focus stays.
        const before = await storm.boundingBox();
        await stormTitle.click();
        await expect(page.getByRole('status')).toHaveText(t.announceRead);
        await expect(page.getByTestId('unread-badge')).toHaveText('2');
        await expect(storm).not.toContainText(t.unread);
        expect((await storm.boundingBox())?.y).toBe(before?.y);
        await expect(page.getByTestId('inbox-item').first()).toContainText('Storm warning');
        await expect(stormTitle).toBeFocused();
        await shot(page, 'inbox-open');

        // Forget, then Undo: back in its place, and still there after a reload (the server restored it).
        await market.getByRole('button', { name: t.forget }).click();
        await expect(market).toHaveCount(0);
        const undo = page.getByTestId('undo-forget');
        await expect(undo).toContainText(t.forgotten.replace('{title}', 'Christmas market'));
        await expect(undo.getByRole('button', { name: t.undo })).toBeFocused();
        await expectNoAxeViolations(page, `inbox undo (${lang}, ${size})`);
        await shot(page, 'inbox-undo');
        await page.keyboard.press('Enter');
        await expect(market).toHaveCount(1);
        await expect(page.getByRole('status')).toHaveText(t.announceRestore);
        await expect(market.getByRole('button', { name: 'Christmas market' })).toBeFocused();
        await expect(undo).toHaveCount(0);
        await page.reload();
        await expect(itemOf(page, 'Christmas market')).toHaveCount(1);

        // A link on the home page opens that message in the inbox (the market was read when forgotten).
        await page.goto('/');
        await expect(page.getByRole('region', { name: t.homeUnreadTitle }).getByRole('listitem')).toHaveCount(1);
        await page.getByRole('link', { name: 'Library closed' }).click();
        await expect(page).toHaveURL(new RegExp(`/inbox#message-${ids.library}$`));
        const libraryTitle = itemOf(page, 'Library closed').getByRole('button', { name: 'Library closed' });
        await expect(libraryTitle).toHaveAttribute('aria-expanded', 'true');
        await expect(libraryTitle).toBeFocused();
        await expect(page.getByTestId('unread-badge')).toHaveText('');

        // Everything read: the home page says so plainly.
        await page.goto('/');
        await expect(page.getByTestId('unread-empty')).toHaveText(t.homeUnreadEmpty);
        await shot(page, 'home-empty');
      });
    }
  });
}

test('a French resident reads “Paramètres” in the header, the title and the heading of the settings page', async ({
  page,
  signUp,
}) => {
  await signUp();
  await useLanguage(page, 'fr' as Lang);
  await page.getByRole('navigation', { name: common.fr.mainNav }).getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres');
  await expect(page).toHaveTitle(/Paramètres/);
});
