import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ORIGIN = 'https://crieur.example.org';

/** proxy.ts as a fresh process with this NEXTAUTH_URL would load it (lib/env reads the environment once). */
async function loadProxy(publicUrl?: string) {
  vi.resetModules();
  vi.stubEnv('NEXTAUTH_URL', publicUrl ?? '');
  return import('../proxy');
}

function request(path: string, cookie?: string) {
  return new NextRequest(new URL(path, ORIGIN), { headers: cookie ? { cookie: `${cookie}=x` } : {} });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('proxy', () => {
  it('gives a page every security header and renders it under the same CSP, with a nonce of its own', async () => {
    const { proxy } = await loadProxy();
    const first = proxy(request('/'));
    const csp = first.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/);
    // What Next.js renders with: the request's CSP, from which it takes the nonce for its scripts.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('permissions-policy')).toContain('camera=()');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(proxy(request('/')).headers.get('content-security-policy')).not.toBe(csp);
  });

  it.each(['/api/notifications/%FF', '/api/notifications/%ED%A0%80', '/inbox/%C0%80', '/admin/notifications/a%FFb'])(
    'answers 400 to %s, a path that is not UTF-8 once decoded, with the security headers',
    async (path) => {
      const { proxy } = await loadProxy();
      const res = proxy(request(path, 'next-auth.session-token'));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_path' });
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    },
  );

  it.each([
    ['/inbox', '/inbox'],
    ['/inbox/123', '/inbox/123'],
    ['/settings/notifications?tab=devices', '/settings/notifications?tab=devices'],
    ['/admin', '/admin'],
    ['/admin/notifications/abc', '/admin/notifications/abc'],
  ])('sends a visitor with no session cookie from %s to sign in, with the headers', async (path, callback) => {
    const { proxy } = await loadProxy();
    const res = proxy(request(path));
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/signin');
    expect(new URL(res.headers.get('location')!).searchParams.get('callbackUrl')).toBe(callback);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each(['127.0.0.1:3190', 'portal.lan:8080', '[::1]:3001'])(
    "keeps that redirect on the origin in use (%s) when NEXTAUTH_URL is unset, not on the server's own address",
    async (host) => {
      const { proxy } = await loadProxy();
      const res = proxy(new NextRequest('http://localhost:3000/inbox', { headers: { host } }));
      expect(res.headers.get('location')).toBe(`http://${host}/signin?callbackUrl=%2Finbox`);
    },
  );

  it('sends that redirect to NEXTAUTH_URL when it is set', async () => {
    const { proxy } = await loadProxy(ORIGIN);
    const res = proxy(new NextRequest('http://localhost:3000/admin', { headers: { host: 'internal:3000' } }));
    expect(res.headers.get('location')).toBe(`${ORIGIN}/signin?callbackUrl=%2Fadmin`);
  });

  it.each(['next-auth.session-token', '__Secure-next-auth.session-token'])('lets a %s cookie through', async (c) => {
    const { proxy } = await loadProxy();
    const res = proxy(request('/admin/compose', c));
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });

  it.each(['/', '/signin', '/administration', '/inboxes', '/offline', '/api/push/vapid-public-key', '/sw.js'])(
    'does not redirect %s',
    async (path) => {
      const { proxy } = await loadProxy();
      expect(proxy(request(path)).headers.get('location')).toBeNull();
    },
  );

  it('sends HSTS and upgrades requests only when NEXTAUTH_URL is https', async () => {
    const secure = (await loadProxy(ORIGIN)).proxy(request('/api/push/vapid-public-key'));
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const plain = (await loadProxy('http://localhost:3000')).proxy(request('/api/push/vapid-public-key'));
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it.each([
    '/',
    '/inbox',
    '/no-such-page',
    '/api/v1/notifications',
    '/sw.js',
    '/manifest.webmanifest',
    '/offline',
    '/icons/icon-192.png',
  ])('runs for %s', async (url) => {
    const { config } = await loadProxy();
    expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
  });

  it.each(['/_next/static/chunks/app.js', '/_next/static/css/app.css', '/_next/image?url=x'])(
    'leaves the build file %s to next.config.js',
    async (url) => {
      const { config } = await loadProxy();
      expect(unstable_doesMiddlewareMatch({ config, url })).toBe(false);
    },
  );
});
