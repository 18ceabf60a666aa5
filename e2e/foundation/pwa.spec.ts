import { test, expect } from '../fixtures/test';

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the signature). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

type Icon = { src: string; sizes: string; type: string; purpose?: string };

test('the web app manifest is linked, valid and its icons are real PNGs of the declared sizes', async ({
  page,
  request,
}) => {
  await page.goto('/');
  // Each page links to the manifest in its own language (browsers fetch manifests without cookies).
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest?lang=en');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d3fa6');

  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await res.json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Crieur'),
    short_name: 'Crieur',
    start_url: '/',
    display: 'standalone',
    theme_color: '#1d3fa6',
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);

  const icons: Icon[] = manifest.icons;
  const any = (sizes: string) =>
    icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes('any'));
  expect(any('192x192'), 'a 192×192 icon').toBeTruthy();
  expect(any('512x512'), 'a 512×512 icon').toBeTruthy();
  expect(
    icons.find((i) => i.sizes === '512x512' && i.purpose?.split(' ').includes('maskable')),
    'a maskable 512×512 icon',
  ).toBeTruthy();

  for (const icon of icons) {
    const img = await request.get(icon.src);
    expect(img.status(), icon.src).toBe(200);
    expect(img.headers()['content-type'], icon.src).toBe('image/png');
    expect(icon.type).toBe('image/png');
    expect(pngSize(await img.body()), icon.src).toBe(icon.sizes);
  }
});

test('the service worker registers once and is never cached by HTTP', async ({ page, request }) => {
  // Count calls to register(): every page and component share one registration promise.
  await page.addInitScript(() => {
    const sw = navigator.serviceWorker;
    const register = sw.register.bind(sw);
    (window as unknown as { __registerCalls: number }).__registerCalls = 0;
    sw.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      (window as unknown as { __registerCalls: number }).__registerCalls++;
      return register(...args);
    };
  });
  for (const path of ['/', '/signin']) {
    await page.goto(path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(300); // let any second registration attempt happen
    expect(await page.evaluate(() => (window as unknown as { __registerCalls: number }).__registerCalls), path).toBe(1);
  }
  const registrations = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((r) => ({ scope: r.scope, script: r.active?.scriptURL })),
  );
  expect(registrations).toEqual([{ scope: new URL('/', page.url()).href, script: new URL('/sw.js', page.url()).href }]);

  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toContain('no-cache');
  expect(sw.headers()['content-type']).toContain('javascript');
});

test('with the network cut, a navigation shows the offline page, and the page comes back online', async ({
  page,
  context,
  signIn,
}) => {
  await signIn('citizen');
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto('/inbox');
  await expect(page.getByTestId('offline-page')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('You are offline');
  // Cached without cookies: the next person to use this browser offline must not see who was signed in.
  await expect(page.getByText('Claire Citizen')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/.output/offline.png' });

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again · Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
});
