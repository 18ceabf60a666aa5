import { composeToPerson, localDateTime } from '../fixtures/composer';
import { expect, test } from '../fixtures/test';

// A scheduled notification waits in the outbox; "Cancel" stops all of it before it leaves.
test('schedule a notification, then cancel it from its detail page', async ({ page, signIn }) => {
  await signIn('admin');
  const title = `Council meeting ${Date.now()}`;
  await composeToPerson(page, title, 'citizen');
  await expect(page.getByText(/^Reaches 1 person on \d+ devices?\.$/)).toBeVisible();
  // A date in the admin's time zone, two days ahead (datetime-local wants YYYY-MM-DDTHH:mm).
  await page.getByLabel(/^Send at/).fill(localDateTime(2 * 24 * 3600_000));
  await page.getByRole('button', { name: 'Schedule the notification' }).click();
  await page.getByRole('link', { name: 'Follow its delivery' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(/^Scheduled for/)).toBeVisible();
  // Cancelling asks first; Escape changes nothing, the dialog's own button cancels.
  await page.getByRole('button', { name: 'Cancel the remaining deliveries' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel the remaining deliveries?' });
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Cancelled', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel the remaining deliveries' }).click();
  await dialog.getByRole('button', { name: 'Cancel the remaining deliveries' }).click();
  await expect(page.getByRole('status').filter({ hasText: /(delivery|deliveries) cancelled/ })).toBeVisible();
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
  await page.goto('/admin/notifications');
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Cancelled');
});

test('field errors come from the shared schema; focus moves to the first invalid field', async ({ page, signIn }) => {
  await signIn('admin');
  await page.goto('/admin/compose');
  const send = page.getByRole('button', { name: 'Send the notification' });
  await page.getByLabel('Link opened on click').fill('javascript:alert(1)');
  await send.click();
  await expect(page.getByText('Please correct the highlighted fields.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This field is required.')).toBeVisible();
  await expect(page.getByText('Use a path starting with / or an https address.')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();

  // Title fixed: the link is now the first invalid field.
  await page.getByLabel('Title').fill('Road closed');
  await send.click();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByLabel('Link opened on click')).toBeFocused();

  // An error about the buttons together (two "OK"s): focus lands on the first button's choice.
  await page.getByLabel('Link opened on click').fill('/inbox');
  for (const n of [1, 2]) {
    await page.getByLabel(`Button ${n}`, { exact: true }).selectOption('ack');
    await page.getByLabel(`Button ${n} label`).fill('OK');
  }
  await send.click();
  await expect(page.getByText('Only one “OK” button is allowed.')).toBeVisible();
  await expect(page.getByLabel('Link opened on click')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByLabel('Button 1', { exact: true })).toBeFocused();
});
