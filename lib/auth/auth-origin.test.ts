// next-auth's redirects when NEXTAUTH_URL is unset: they must stay on the origin the person is using, never fall back
// to http://localhost:3000 (the sign-out that ended on a browser error page on any other port).
import type { IncomingMessage } from 'node:http';
import { beforeEach, expect, it, vi } from 'vitest';
import { AuthClient } from '../../test/auth-client';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';

vi.hoisted(() => {
  // Before test/auth-client.ts would set it, and before lib/env reads it once. AUTH_TRUST_HOST is what
  // instrumentation.ts sets in that case, once its server hook stamps X-Forwarded-Host/-Proto on every request.
  process.env.NEXTAUTH_URL = '';
  process.env.AUTH_TRUST_HOST = 'true';
  process.env.TRUSTED_PROXIES = '10.0.0.0/8';
});
vi.mock('next/headers', async () => (await import('../../test/auth-client')).nextHeadersMock);

const { handleAuthRoute } = await import('./auth-route');
const { createUser } = await import('../users/create-user');
const { stampForwardedOrigin } = await import('../http/forwarded-origin');
const { getEnv } = await import('../env');

const PASSWORD = 'a-long-enough-passphrase';

/** A browser reaching the portal at `host` from `peer`, with the headers the server hook leaves on its requests. */
function browserAt(host: string, peer = '192.0.2.10', sent: Record<string, string> = {}) {
  const req = { headers: { host, ...sent }, socket: { remoteAddress: peer, localPort: 3000 } };
  stampForwardedOrigin(req as unknown as IncomingMessage, getEnv().TRUSTED_PROXIES);
  return new AuthClient(handleAuthRoute, { address: peer, headers: req.headers as Record<string, string> });
}

const urlOf = async (res: Response) => new URL((await res.json()).url as string);

describeEachDatabase('next-auth without NEXTAUTH_URL', (kind) => {
  useMigratedDatabase(kind);
  let email: string;
  beforeEach(async () => {
    ({ email } = await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD }));
  });

  it.each(['127.0.0.1:3190', 'localhost:4090', 'portal.lan:8080', '[::1]:3001'])(
    'signs in and out on the origin in use (%s)',
    async (host) => {
      const browser = browserAt(host);
      const signIn = await browser.signIn(email, PASSWORD);
      expect(signIn.status).toBe(200);
      expect((await urlOf(signIn)).origin).toBe(`http://${host}`);
      expect((await browser.session()).uid).toBeTruthy();
      const signOut = await browser.signOut();
      expect((await urlOf(signOut)).href).toBe(`http://${host}/`);
    },
  );

  it('ignores an X-Forwarded-Host the client wrote itself', async () => {
    const browser = browserAt('127.0.0.1:3190', '192.0.2.10', { 'x-forwarded-host': 'evil.example' });
    await browser.signIn(email, PASSWORD);
    expect((await urlOf(await browser.signOut())).href).toBe('http://127.0.0.1:3190/');
  });

  it('uses the public origin a trusted proxy names (TRUSTED_PROXIES), with secure cookies on https', async () => {
    const behindProxy = { 'x-forwarded-host': 'crieur.town.example', 'x-forwarded-proto': 'https' };
    const browser = browserAt('internal:3000', '10.0.0.7', behindProxy);
    await browser.signIn(email, PASSWORD);
    expect([...browser.cookies.keys()]).toContain('__Secure-next-auth.session-token');
    expect((await urlOf(await browser.signOut())).href).toBe('https://crieur.town.example/');
  });

  it("keeps next-auth's error redirects (no identity provider configured) on that origin", async () => {
    const browser = browserAt('127.0.0.1:3190');
    const send = (method: string, path: string) =>
      browser.send(browser.request(method, `/api/auth/${path}`), (r) =>
        handleAuthRoute(r, { params: Promise.resolve({ nextauth: path.split('?')[0].split('/') }) }),
      );
    const error = await send('GET', 'error?error=OAuthCallback');
    expect(error.status).toBe(302);
    const next = new URL(error.headers.get('location')!, 'http://unused.invalid');
    expect(next.origin).toBe('http://127.0.0.1:3190');
    const signin = await send('GET', `signin?error=OAuthCallback`);
    const location = new URL(signin.headers.get('location')!, 'http://127.0.0.1:3190');
    expect(location.pathname).toBe('/signin');
    expect(location.searchParams.get('error')).toBe('OAuthCallback');
    expect(new URL(location.searchParams.get('callbackUrl')!).origin).toBe('http://127.0.0.1:3190');
  });

  it('points a locked-out sign-in at the sign-in page of that origin', async () => {
    const browser = browserAt('portal.lan:8080');
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) last = await browser.signIn(email, 'not-the-password-at-all');
    expect(last!.status).toBe(429);
    const url = await urlOf(last!);
    expect(url.origin).toBe('http://portal.lan:8080');
    expect(url.pathname).toBe('/signin');
  });
});
