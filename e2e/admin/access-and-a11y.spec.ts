import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures/test';

const PAGES = [
  '/admin',
  '/admin/compose',
  '/admin/notifications',
  '/admin/tokens',
  '/admin/devices',
  '/admin/topics',
  '/admin/people',
  '/admin/audit',
];

// Every admin page: anonymous visitors are sent to sign in, citizens to /forbidden, admins get an axe-clean page.
for (const path of PAGES) {
  test(`${path}: anonymous → sign in, citizen → forbidden`, async ({ page, signIn }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin/);
    await signIn('citizen');
    await page.goto(path);
    await expect(page).toHaveURL(/\/forbidden$/);
  });

  test(`${path}: axe clean for an admin, keyboard reaches the navigation`, async ({ page, signIn }) => {
    await signIn('admin');
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Administration sections' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: `e2e/.output/admin${path.replace(/\//g, '-')}.png`, fullPage: true });
  });
}
