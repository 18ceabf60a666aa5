import { expectNoAxeViolations } from '../fixtures/axe';
import { healthyDevices, PRUNE_RULE, staleDevices } from '../fixtures/stale-devices';
import { expect, test } from '../fixtures/test';
import { users } from '../fixtures/users';

const names = (list: { name: string }[]) => list.map((d) => d.name).sort();

// The seeded devices of the `prune` user (stale-devices.ts): the preview lists exactly the stale ones — not the
// healthy one nor the one a failure short of the limit —, and confirming removes those and only those.
test('prune stale devices: the preview shows exactly the stale ones, confirming removes them', async ({
  page,
  signIn,
}) => {
  await signIn('admin');
  await page.goto('/admin/devices');
  const owner = users.prune.name;
  const devices = page.getByRole('table', { name: 'Devices' });
  const ownerDevices = devices.getByRole('row').filter({ hasText: owner });
  await expect(ownerDevices).toHaveCount(staleDevices.length + healthyDevices.length);
  // Their devices alone, found by a part of their e-mail (a town has more devices than the page lists).
  await page.getByLabel('Find a person’s devices (name or e-mail)').fill(users.prune.email.split('@')[0]);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/devices\?q=prune$/);
  await expect(devices.locator('tbody tr')).toHaveCount(staleDevices.length + healthyDevices.length);
  await expect(ownerDevices).toHaveCount(staleDevices.length + healthyDevices.length);

  await expect(page.getByLabel('No success for this many days')).toHaveValue(String(PRUNE_RULE.days));
  await expect(page.getByLabel('Or this many failures in a row')).toHaveValue(String(PRUNE_RULE.failures));
  await page.getByRole('button', { name: 'Preview what would be pruned' }).click();
  const preview = page.getByRole('table', { name: `${staleDevices.length} devices would be removed` });
  await expect(preview).toBeVisible();
  const previewRows = preview.locator('tbody tr');
  await expect(previewRows).toHaveCount(staleDevices.length);
  expect((await previewRows.locator('td:nth-child(2)').allTextContents()).sort()).toEqual(names(staleDevices));
  expect(new Set(await previewRows.locator('td:nth-child(1)').allTextContents())).toEqual(new Set([owner]));
  await expect(preview.getByRole('row').filter({ hasText: 'Silent iPhone' }).getByRole('cell').nth(3)).toHaveText(
    'never',
  );
  await expectNoAxeViolations(page, 'prune preview');
  await page.screenshot({ path: 'e2e/.output/admin-devices-prune-preview.png', fullPage: true });

  await page.getByRole('button', { name: `Remove these ${staleDevices.length} devices` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${staleDevices.length} stale devices?` });
  await expect(confirm).toContainText('will stop receiving notifications');
  await expectNoAxeViolations(page, 'prune confirmation');
  await confirm.getByRole('button', { name: `Remove these ${staleDevices.length} devices` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${staleDevices.length} devices removed.` })).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(ownerDevices).toHaveCount(healthyDevices.length);
  expect((await ownerDevices.locator('td:nth-child(2)').allTextContents()).sort()).toEqual(names(healthyDevices));
  await page.screenshot({ path: 'e2e/.output/admin-devices-pruned.png', fullPage: true });

  // One device removed by hand: the short "Remove" button is named for the device and its owner.
  const [kept, removed] = names(healthyDevices);
  await devices.getByRole('button', { name: `Remove ${removed} (${owner})` }).click();
  await page
    .getByRole('dialog', { name: `Remove ${removed} (${owner})?` })
    .getByRole('button', { name: 'Remove the device' })
    .click();
  await expect(ownerDevices).toHaveCount(healthyDevices.length - 1);
  await expect(ownerDevices.locator('td:nth-child(2)')).toHaveText([kept]);
});
