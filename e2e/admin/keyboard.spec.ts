import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures/test';

// Keyboard only: fill the composer, add a person from the search, submit with Enter and land on the field errors;
// open the chart's table alternative with the keyboard.
test('the composer and the chart work with the keyboard alone', async ({ page, signIn }) => {
  await signIn('admin');
  await page.goto('/admin/compose');
  await page.getByLabel('Title').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Message')).toBeFocused();
  await page.getByLabel('Chosen people').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Search people by name or e-mail').focus();
  await page.keyboard.type('Omar');
  const add = page.getByRole('button', { name: /^Add Omar Other/ });
  await expect(add).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen people' })).toContainText('Omar Other');
  await expect(page.getByText(/^Reaches 1 person on \d+ devices?\.$/)).toBeVisible();
  await page.getByLabel('Link opened on click').focus();
  await page.keyboard.type('ftp://nope');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused(); // the first invalid field
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: 'e2e/.output/admin-compose-errors.png', fullPage: true });

  await page.goto('/admin/notifications?range=7d');
  await expect(page.getByRole('link', { name: 'Last 7 days' })).toHaveAttribute('aria-current', 'page');
  await page.getByText('The same figures as a table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(8);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: 'e2e/.output/admin-chart-7d.png', fullPage: true });
});
