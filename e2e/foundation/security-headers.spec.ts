import type { APIResponse } from '@playwright/test';
import { test, expect } from '../fixtures/test';

// The headers of README "Security → Headers", as the browser receives them from the built portal (served over http
// here, so without HSTS). Every other spec also fails on a CSP violation (e2e/fixtures/test.ts).

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...v]) => [name, v]),
  );
}

function nonceOf(csp: string): string {
  const nonces = (directives(csp).get('script-src') ?? []).filter((s) => s.startsWith("'nonce-"));
  expect(nonces, 'one nonce in script-src').toHaveLength(1);
  return nonces[0].slice("'nonce-".length, -1);
}

/** The headers every response shares, whatever it is. */
function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = directives(h['content-security-policy'] ?? '');
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'none'"]);
  expect(csp.get('script-src'), what).toContain("'strict-dynamic'");
  expect(h['permissions-policy'], what).toContain('camera=()');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['strict-transport-security'], `${what}: no HSTS over http`).toBeUndefined();
  expect(csp.has('upgrade-insecure-requests'), `${what}: nothing to upgrade to over http`).toBe(false);
}

test('a page has a strict CSP with a fresh nonce per response, the one on every script tag', async ({ request }) => {
  const first = await request.get('/signin');
  const second = await request.get('/signin');
  expectSecurityHeaders(first, '/signin');
  const csp = directives(first.headers()['content-security-policy']);
  for (const name of ['script-src', 'style-src']) {
    expect(csp.get(name), name).not.toContain("'unsafe-inline'");
    expect(csp.get(name), name).not.toContain("'unsafe-eval'");
  }
  for (const name of ['default-src', 'connect-src', 'worker-src', 'manifest-src', 'form-action']) {
    expect(csp.get(name), name).toEqual(["'self'"]);
  }
  expect(csp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
  // Notifications and push are not Permissions-Policy features: naming them would only log an error.
  expect(first.headers()['permissions-policy']).not.toMatch(/notification|push/);

  const nonce = nonceOf(first.headers()['content-security-policy']);
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
  expect(csp.get('style-src')).toContain(`'nonce-${nonce}'`);
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
  expect(await first.text(), 'no style="" for the CSP to refuse').not.toMatch(/<[^>]+\sstyle="/);
});

test('API routes, the service worker, the manifest, redirects, errors and offline have them', async ({ request }) => {
  for (const path of [
    '/api/push/vapid-public-key',
    '/api/auth/session',
    '/sw.js',
    '/manifest.webmanifest',
    '/offline',
    '/icons/icon-192.png',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
  }
  const redirect = await request.get('/inbox', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, '/inbox without a session');
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, '404');
  const unauthorized = await request.get('/api/push/subscriptions');
  expect(unauthorized.status()).toBe(401);
  expectSecurityHeaders(unauthorized, '401 from an API route');

  // The build's files skip the proxy but still get the headers that mean something for them.
  const chunk = (await (await request.get('/')).text()).match(/\/_next\/static\/[^"]+\.js/)![0];
  const asset = await request.get(chunk);
  expect(asset.headers()['x-content-type-options'], chunk).toBe('nosniff');
  expect(asset.headers()['permissions-policy'], chunk).toContain('camera=()');
});

test('the browser runs the nonced scripts and denies unused features', async ({ page, policyViolations }) => {
  const res = await page.goto('/');
  const nonce = nonceOf((await res!.allHeaders())['content-security-policy']);
  // The nonce attribute is hidden from the DOM once the policy applies; the property still holds it.
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ nonce: s.nonce, src: s.src })));
  expect(scripts.filter((s) => s.nonce === nonce).length).toBeGreaterThan(0);
  // The chunks the nonced runtime adds later have none: 'strict-dynamic' trusts them, and only them.
  for (const s of scripts.filter((x) => x.nonce !== nonce)) {
    expect(new URL(s.src).pathname).toMatch(/^\/_next\/static\//);
  }
  await page.evaluate(() => navigator.serviceWorker.ready); // the service worker registered under the policy
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(policyViolations).toEqual([]);

  const allowed = await page.evaluate(() => {
    const policy = (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy;
    const features = ['camera', 'microphone', 'geolocation', 'payment', 'usb'];
    return Object.fromEntries(features.map((f) => [f, policy.allowsFeature(f)]));
  });
  expect(allowed).toEqual({ camera: false, microphone: false, geolocation: false, payment: false, usb: false });
});

test('injected markup cannot run a script, an event handler or an inline style', async ({ page, policyViolations }) => {
  // What an HTML injection bug would add to a real response, served with the real headers.
  await page.route('/', async (route) => {
    const res = await route.fetch();
    const injection =
      '<script>window.__injected = "script"</script>' +
      '<img src="/icons/icon-192.png" alt="" onload="window.__injected = \'handler\'">' +
      '<p id="injected" style="outline: 5px solid red">injected</p>';
    await route.fulfill({ response: res, body: (await res.text()).replace('</body>', `${injection}</body>`) });
  });
  await page.goto('/');
  await expect(page.locator('#injected')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  expect(await page.locator('#injected').evaluate((p) => getComputedStyle(p).outlineStyle)).toBe('none');
  const reported = () => policyViolations.map((v) => v.text).join('\n');
  for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-attr']) {
    await expect.poll(reported, directive).toMatch(new RegExp(`${directive} refused inline`));
  }
  policyViolations.length = 0; // provoked on purpose
});
