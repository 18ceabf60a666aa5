import { signInContext } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { composeToPerson } from '../fixtures/composer';
import { faultEndpoint, pushesReceivedAt, storeFaultDevice } from '../fixtures/fault-push';
import { FIREFOX_ANDROID } from '../fixtures/push';
import { expect, test } from '../fixtures/test';

// A push service that answers 500 (the e2e server makes one attempt: PUSH_MAX_ATTEMPTS=1): the detail page shows the
// failure, "Retry failed" sends it again, and this time the push service accepts it.
test('a delivery the push service refused with 500 is shown failed, and "Retry failed" sends it', async ({
  page,
  signIn,
  browser,
}) => {
  const citizen = await browser.newContext();
  await signInContext(citizen, 'retry');
  // A retried test starts clean.
  expect((await citizen.request.delete('/api/push/subscriptions?all=1')).status()).toBe(200);
  const endpoint = faultEndpoint(`retry-${Date.now()}`, '500,201');
  await storeFaultDevice(citizen.request, endpoint, FIREFOX_ANDROID);
  await citizen.close();

  await signIn('admin');
  const title = `Water cut ${Date.now()}`;
  await composeToPerson(page, title, 'retry');
  await expect(page.getByText('Reaches 1 person on 1 device.')).toBeVisible();
  await page.getByRole('button', { name: 'Send the notification' }).click();
  await page.getByRole('link', { name: 'Follow its delivery' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const cells = page.getByRole('row').filter({ hasText: 'Rita Retry' }).getByRole('cell');
  await expect(cells.nth(2)).toHaveText('failed', { timeout: 15_000 }); // the page refreshes itself while in flight
  await expect(cells.nth(3)).toHaveText('1');
  await expect(cells.nth(4)).toContainText('500');
  await expect(page.locator('[data-status="failed"]')).toHaveText('1 failed');
  await expectNoAxeViolations(page, 'detail page with a failed delivery');
  await page.screenshot({ path: 'e2e/.output/admin-detail-failed.png', fullPage: true });

  // The log narrowed to its failures in one click, then the whole log again.
  const show = page.getByRole('navigation', { name: 'Show the deliveries' });
  await show.getByRole('link', { name: 'Failed (1)' }).click();
  await expect(page).toHaveURL(/\?status=failed#delivery-log$/);
  await expect(show.getByRole('link', { name: 'Failed (1)' })).toHaveAttribute('aria-current', 'page');
  await expect(cells.nth(2)).toHaveText('failed');
  await show.getByRole('link', { name: 'All (1)' }).click();
  await expect(page).toHaveURL(/\/admin\/notifications\/[\w-]+#delivery-log$/);
  await expect(show.getByRole('link', { name: 'All (1)' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Retry failed deliveries' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 delivery will be retried.' })).toBeVisible();
  await expect(cells.nth(2)).toHaveText('sent', { timeout: 15_000 });
  await expect(cells.nth(4)).toHaveText('201');
  await expect(page.locator('[data-status="failed"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry failed deliveries' })).toHaveCount(0);
  expect(await pushesReceivedAt(endpoint)).toBe(2);
  await page.screenshot({ path: 'e2e/.output/admin-detail-retried.png', fullPage: true });
});
