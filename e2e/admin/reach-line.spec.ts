import type { Page, Route } from '@playwright/test';
import { composeToPerson } from '../fixtures/composer';
import { expect, test } from '../fixtures/test';

// The composer's reach line speaks of the audience now chosen, or of none: while "Everyone" is being counted it never
// still says the one person picked before (a stale "Reaches 1 person" beside a whole-town audience), and a count that
// could not be made says so instead of asking to choose an audience that is chosen.

/** Holds the composer's count requests whose arguments contain `marker` until the returned function is called. */
async function holdCounts(page: Page, marker: string, answer: (route: Route) => Promise<void>) {
  await page.route('**/admin/compose', async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action'] || !req.postData()?.includes(marker))
      return route.fallback();
    await answer(route);
  });
}

test('the reach line says it is counting, then the new count; a failed count is said as such', async ({
  page,
  signIn,
}) => {
  await signIn('admin');
  await composeToPerson(page, `Reach ${Date.now()}`, 'citizen');
  const line = page.locator('p[role="status"]').filter({ hasText: /Reaches|Counting|Choose|Could not/ });
  await expect(line).toHaveText(/^Reaches 1 person on \d+ devices?\.$/);

  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await holdCounts(page, '"everyone"', async (route) => {
    await released;
    await route.continue();
  });
  await page.getByRole('radio', { name: 'Everyone', exact: true }).check();
  await expect(line).toHaveText('Counting who it reaches…');
  await page.waitForTimeout(1000); // well past the 250 ms debounce: the request is held, the line must not go back
  await expect(line).toHaveText('Counting who it reaches…');
  release();
  await expect(line).toHaveText(/^Reaches \d+ people on \d+ devices?\.$/);

  await holdCounts(page, '"role"', (route) => route.abort('internetdisconnected'));
  await page.getByRole('radio', { name: 'Everyone with a role' }).check();
  await expect(line).toHaveText(
    'Could not count who it reaches just now. Sending to a large audience will still ask you to confirm its count.',
  );
});
