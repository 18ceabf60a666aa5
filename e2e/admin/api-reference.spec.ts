import { expectNoAxeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

// The API tokens page links to the API's reference, rendered by the portal from GET /api/v1/openapi.json.
for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the API reference is readable from the tokens page (${size.width}px)`, async ({ page, signIn, request }) => {
    await page.setViewportSize(size);
    await signIn('admin');
    await page.goto('/admin/tokens');
    await page.getByRole('link', { name: 'API reference for developers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
    await expect(page).toHaveTitle(/API reference/);
    await expect(
      page.getByRole('heading', { name: /POST \/api\/v1\/notifications — Create a notification/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /GET \/api\/v1\/notifications\/\{id\}/ })).toBeVisible();
    await page.getByText(/^Examples \(toPeople/).click();
    await expect(page.getByText('"Water cut on rue des Lilas"').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `e2e/.output/admin-api-reference-${size.width}.png`, fullPage: true });

    const doc = await (await request.get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/notifications');
  });
}
