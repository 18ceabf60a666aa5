import type { BrowserContext } from '@playwright/test';
import push from '../../messages/push';
import { expectNoAxeViolations } from '../fixtures/axe';
import { devicesOf, expect, installTestPushService, test } from '../fixtures/push';
import { LANGS, useLanguage, VIEWPORTS } from './viewports';

// A push service that never answers: pushManager.subscribe() hangs until the test lets it through.
async function makePushServiceHang(context: BrowserContext) {
  await context.addInitScript(() => {
    if (!('PushManager' in window)) return;
    const answered = PushManager.prototype.subscribe;
    PushManager.prototype.subscribe = function (...args: Parameters<typeof answered>) {
      if (localStorage.getItem('__pushServiceAnswers')) return answered.apply(this, args);
      return new Promise<PushSubscription>(() => undefined);
    };
  });
}

for (const [size, use] of Object.entries(VIEWPORTS)) {
  test.describe(`${size}`, () => {
    test.use(use);
    for (const lang of LANGS) {
      const w = push[lang];
      test(`${lang}: turning on gives up after 20 s with a clear message, and Try again works`, async ({
        page,
        context,
        signUp,
      }) => {
        await installTestPushService(context);
        await makePushServiceHang(context);
        await signUp();
        await useLanguage(page, lang);
        await page.clock.install();
        await page.goto('/settings/notifications');
        const cell = page.getByRole('region', { name: w.cellTitle });
        await cell.getByRole('button', { name: w.turnOn }).click();
        await expect(cell.getByRole('status').first()).toHaveText(w.working);

        await page.clock.fastForward(19_000);
        await expect(cell.getByRole('status').first()).toHaveText(w.working);
        await page.clock.fastForward(1_000);
        await expect(cell.getByRole('alert')).toHaveText(w.subscribeTimeout.replace('{seconds}', '20'));
        await expect(cell.getByRole('status').first()).toHaveText('');
        const retry = cell.getByRole('button', { name: w.retry });
        await expect(retry).toBeFocused();
        await expect(retry).toBeEnabled();
        await expectNoAxeViolations(page, `subscribe timeout (${lang}, ${size})`);
        await page.screenshot({ path: `e2e/.output/residents/${size}-${lang}-subscribe-timeout.png`, fullPage: true });

        // The push service is back: the same button now turns notifications on.
        await page.evaluate(() => localStorage.setItem('__pushServiceAnswers', '1'));
        await retry.click();
        await expect(cell.getByRole('status').first()).toHaveText(w.turnedOn);
        await expect(cell.getByRole('alert')).toHaveText('');
        await expect(cell.getByRole('button', { name: w.turnOff })).toBeVisible();
        expect(await devicesOf(context)).toHaveLength(1);
      });
    }
  });
}
