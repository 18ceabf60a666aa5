// callbackUrl values next-auth cannot read — in the form, the query or only its `next-auth.callback-url` cookie — are
// answered without a 500, and a planted cookie does not block signing in.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthClient, ORIGIN } from '@/test/auth-client';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';
import { authRedirect } from './auth-redirect';
import { isReadableCallbackUrl } from './unreadable-callback-url';

vi.mock('next/headers', async () => (await import('@/test/auth-client')).nextHeadersMock);
const { handleAuthRoute } = await import('./auth-route');
const { createUser } = await import('../users/create-user');

const PASSWORD = 'a-long-enough-passphrase';
const BAD = ['foo', '%252F%252Fevil', '%2F%2Fevil', 'http://', 'javascript:alert(1)', '//evil.example', ' '];

describe('authRedirect', () => {
  const base = 'http://localhost:3000';
  it.each(BAD.concat(['https://evil.example/inbox', 'http://localhost:3000.evil.example/', '/\\evil.example']))(
    'sends %j to the portal’s root, without throwing',
    (url) => {
      expect(authRedirect({ url, baseUrl: base })).toMatch(/^http:\/\/localhost:3000\/?$/);
    },
  );
  it('keeps local paths and absolute URLs on the portal', () => {
    expect(authRedirect({ url: '/inbox?x=1#a', baseUrl: base })).toBe(`${base}/inbox?x=1#a`);
    expect(authRedirect({ url: `${base}/settings`, baseUrl: base })).toBe(`${base}/settings`);
    expect(authRedirect({ url: undefined, baseUrl: base })).toBe(base);
  });
});

describeEachDatabase('callbackUrl next-auth cannot read', (kind) => {
  useMigratedDatabase(kind);
  beforeEach(async () => {
    await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD });
  });

  const call = (browser: AuthClient, method: string, path: string, body?: Record<string, string>) => {
    const headers: Record<string, string> = body ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
    const req = browser.request(method, `/api/auth/${path}`, { body: body && new URLSearchParams(body), headers });
    const nextauth = path.split('?')[0].split('/');
    return browser.send(req, (r) => handleAuthRoute(r, { params: Promise.resolve({ nextauth }) }));
  };
  const csrf = async (browser: AuthClient) => (await (await call(browser, 'GET', 'csrf')).json()).csrfToken;
  const urlOf = async (res: Response) => (await res.json()).url as string;

  it.each(BAD)('signs out with callbackUrl=%j in the form: 200, back on the portal', async (callbackUrl) => {
    const browser = new AuthClient(handleAuthRoute);
    await browser.signIn('claire@example.org', PASSWORD);
    const res = await call(browser, 'POST', 'signout', { csrfToken: await csrf(browser), json: 'true', callbackUrl });
    expect(res.status).toBe(200);
    expect(new URL(await urlOf(res)).origin).toBe(ORIGIN);
  });

  it.each(BAD)('signs in with callbackUrl=%j in the form', async (callbackUrl) => {
    const browser = new AuthClient(handleAuthRoute);
    const form = { email: 'claire@example.org', password: PASSWORD, csrfToken: await csrf(browser), json: 'true' };
    const res = await call(browser, 'POST', 'callback/credentials', { ...form, callbackUrl });
    expect(res.status).toBe(200);
    expect(new URL(await urlOf(res)).origin).toBe(ORIGIN);
  });

  it.each(BAD)('answers callbackUrl=%j in the query with 200 or 400, never 500', async (callbackUrl) => {
    const browser = new AuthClient(handleAuthRoute);
    const csrfToken = await csrf(browser);
    const q = `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    const form = { email: 'claire@example.org', password: PASSWORD, csrfToken, json: 'true' };
    for (const [method, path, body] of [
      ['POST', `callback/credentials${q}`, form],
      ['POST', `signout${q}`, { csrfToken, json: 'true' }],
      ['GET', `session${q}`],
      ['GET', `signin${q}`],
    ] as const) {
      const res = await call(browser, method, path, body);
      expect([200, 302, 400], path).toContain(res.status);
      if (res.status === 200 && body) expect(new URL(await urlOf(res)).origin).toBe(ORIGIN);
    }
  });

  it.each(BAD)('answers session, csrf and providers with the cookie next-auth.callback-url=%j', async (value) => {
    const browser = new AuthClient(handleAuthRoute);
    for (const path of ['session', 'csrf', 'providers', 'signin']) {
      browser.cookies.set('next-auth.callback-url', encodeURIComponent(value));
      const res = await call(browser, 'GET', path);
      expect(res.status, path).toBeLessThan(400);
      // The refused cookie is cleared, or replaced by one next-auth can read.
      const kept = browser.cookies.get('next-auth.callback-url');
      if (kept !== undefined) expect(isReadableCallbackUrl(decodeURIComponent(kept), ORIGIN)).toBe(true);
    }
    // …and the cookie is no obstacle to signing in.
    browser.cookies.set('next-auth.callback-url', encodeURIComponent(value));
    expect((await browser.signIn('claire@example.org', PASSWORD)).status).toBe(200);
    expect((await browser.session()).uid).toBeTruthy();
  });
});
