import type { Page, Route } from '@playwright/test';
import { composeToPerson } from '../fixtures/composer';
import { expect, test } from '../fixtures/test';

// What the composer says while it asks the server is about what is on screen now. The reach line speaks of the
// audience now chosen: while "Everyone" is being counted it never still says the one person picked before (a stale
// "Reaches 1 person" beside a whole-town audience), and a count that could not be made says so instead of asking to
// choose an audience that is chosen. The people search likewise: "Searching…" until the answer for the text typed,
// never "Nobody matches" before it nor the people found for the text before, and a failed search is said as such.

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

test('the people search says it is searching until the answer for the text typed; a failed search says so', async ({
  page,
  signIn,
}) => {
  await signIn('admin');
  await page.goto('/admin/compose');
  await page.getByLabel('Chosen people').check();
  const search = page.getByLabel('Search people by name or e-mail');
  const list = page.locator('ul.suggestions');

  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await page.route('**/api/admin/users?q=Omar', async (route) => {
    await released;
    await route.continue();
  });
  await page.route('**/api/admin/users?q=Hugo', (route) => route.fulfill({ status: 500, body: '' }));

  await search.fill('Claire');
  await expect(list.getByRole('button', { name: /^Add Claire Citizen/ })).toBeVisible();
  await search.fill('Omar');
  await expect(list).toHaveText('Searching…');
  await page.waitForTimeout(1000); // the request is held: neither Claire nor "Nobody matches" may come back meanwhile
  await expect(list).toHaveText('Searching…');
  release();
  await expect(list.getByRole('button', { name: /^Add Omar Other/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Add Claire Citizen/ })).toHaveCount(0);

  await search.fill('Hugo');
  await expect(list).toHaveText('Could not search just now. Try again in a moment.');
  await search.fill('zzz-nobody');
  await expect(list).toHaveText('Nobody matches.');
});
