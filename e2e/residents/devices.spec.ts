import push from '../../messages/push';
import { expectNoAxeViolations } from '../fixtures/axe';
import { addOtherDevice, expect, installTestPushService, test } from '../fixtures/push';
import { LANGS, useLanguage, VIEWPORTS } from './viewports';

// The cell's device list (issue 11): this device first and marked, alike names told apart, names in the reader's
// language whatever the language of the day they were added, and one success message at a time.
for (const [size, use] of Object.entries(VIEWPORTS)) {
  test.describe(`${size}`, () => {
    test.use(use);
    for (const lang of LANGS) {
      const m = push[lang];
      const firefox = m.deviceName.replace('{browser}', 'Firefox').replace('{os}', 'Android');
      test(`${lang}: this device first, two alike phones numbered, one message at a time`, async ({
        page,
        context,
        signUp,
      }) => {
        await installTestPushService(context);
        await signUp();
        // Added while the account was English: stored as "Firefox on Android".
        await addOtherDevice(context);
        await addOtherDevice(context);
        await useLanguage(page, lang);
        await page.goto('/settings/notifications');
        const cell = page.getByRole('region', { name: m.cellTitle });
        await cell.getByRole('button', { name: m.turnOn }).click();
        await expect(cell.getByRole('status').first()).toHaveText(m.turnedOn);

        const rows = cell.getByRole('list', { name: m.devicesTitle }).getByRole('listitem');
        await expect(rows).toHaveCount(3);
        await expect(rows.first()).toContainText(m.thisDevice);
        await expect(rows.nth(1).locator('strong')).toHaveText(`${firefox} (1)`);
        await expect(rows.nth(2).locator('strong')).toHaveText(`${firefox} (2)`);
        for (const i of [0, 1, 2]) await expect(rows.nth(i)).toContainText(m.lastSeen.replace(' {date}', ''));
        await expect(
          cell.getByRole('button', { name: m.removeLabel.replace('{name}', `${firefox} (2)`) }),
        ).toBeVisible();

        // Saving preferences shows its message; the next action's message replaces it.
        await cell.getByRole('button', { name: m.savePrefs }).click();
        await expect(cell.getByText(m.prefsSaved)).toBeVisible();
        await expect(cell.getByText(m.turnedOn)).toHaveCount(0);
        await cell.getByRole('button', { name: m.renameLabel.replace('{name}', `${firefox} (2)`) }).click();
        await cell.getByLabel(m.deviceNameLabel).fill('Tablette du salon');
        await cell.getByLabel(m.deviceNameLabel).press('Enter');
        await expect(cell.getByRole('status').first()).toHaveText(m.renamed);
        await expect(cell.getByText(m.prefsSaved)).toHaveCount(0);
        await expect(rows.nth(2).locator('strong')).toHaveText('Tablette du salon');
        await expect(rows.nth(1).locator('strong')).toHaveText(firefox);
        await expectNoAxeViolations(page, `devices (${lang}, ${size})`);
        await page.screenshot({ path: `e2e/.output/residents/${size}-${lang}-devices.png`, fullPage: true });

        // A name the person gave stays as given after a reload; the others are rebuilt in the reader's language.
        await page.reload();
        await expect(rows).toHaveCount(3);
        await expect(rows.first()).toContainText(m.thisDevice);
        await expect(cell.getByText('Tablette du salon')).toBeVisible();
        await expect(cell.getByText(firefox, { exact: true })).toBeVisible();
      });
    }
  });
}
