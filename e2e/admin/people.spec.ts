import { trySignIn } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { users } from '../fixtures/users';

test('an admin finds a person, resets their password (shown once), demotes them; the last admin stays one', async ({
  page,
  signIn,
  request,
}) => {
  await signIn('admin');
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');

  await page.getByLabel('Search by name or e-mail').fill('hugo');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/people\?q=hugo$/);
  await expect(page.getByRole('row')).toHaveCount(2); // the heading row and Hugo's

  await page.getByRole('button', { name: 'Reset password for Hugo Helper' }).click();
  // The console's one confirmation dialog; focus starts on the harmless choice.
  await expect(page.getByRole('dialog', { name: /Reset password for Hugo Helper\?/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Confirm' }).click();
  const password = await page.getByRole('textbox', { name: 'New password', exact: true }).inputValue();
  expect(password).toMatch(/^[\w-]{16}$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'e2e/.output/admin-people-reset.png', fullPage: true });
  expect(await trySignIn(request, users.helper.email, password)).not.toBeNull();

  await page.getByRole('button', { name: 'Demote Hugo Helper to resident' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hugo Helper is now a resident.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Hugo Helper' })).toContainText('resident');

  // Ada is now the only administrator: she can neither demote nor delete herself.
  await page.goto('/admin/people?q=ada');
  await page.getByRole('button', { name: 'Demote Ada Admin to resident' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'The portal needs at least one administrator: promote someone else first.',
  );
  await page.getByRole('button', { name: 'Delete Ada Admin' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'The portal needs at least one administrator: promote someone else first.',
  );
});
