import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AuthClient } from '../../test/auth-client';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';

vi.mock('next/headers', async () => (await import('../../test/auth-client')).nextHeadersMock);
// Count every argon2 computation a sign-in costs: verifying a stored hash, or the decoy for an unknown e-mail.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../passwords/password-hash', async (importOriginal) => {
  const real = await importOriginal<typeof import('../passwords/password-hash')>();
  return {
    ...real,
    verifyPassword: async (stored: string, password: string) => (hashes.count++, real.verifyPassword(stored, password)),
    burnPasswordCheck: async (password: string) => (hashes.count++, real.burnPasswordCheck(password)),
  };
});

const { handleAuthRoute } = await import('./auth-route');
const { createUser } = await import('../users/create-user');
const { resetPersonPassword } = await import('../people/reset-password');
const { adminPrincipal } = await import('../../test/principals');

const PASSWORD = 'a-long-enough-passphrase';
const WRONG = 'not-the-password-at-all';

describeEachDatabase('sign-in brute-force limits', (kind) => {
  useMigratedDatabase(kind);
  let claire: { id: string; email: string };
  beforeEach(async () => {
    claire = await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD });
    hashes.count = 0;
  });
  afterEach(() => vi.useRealTimers());

  const browser = (address = '192.0.2.10', headers?: Record<string, string>) =>
    new AuthClient(handleAuthRoute, { address, headers });
  const retryAfter = (r: Response) => Number(r.headers.get('retry-after'));

  it('the 6th wrong password in a row answers 429 with Retry-After, before any hash', async () => {
    for (let i = 0; i < 5; i++) expect((await browser().signIn(claire.email, WRONG)).status).toBe(401);
    expect(hashes.count).toBe(5);
    const sixth = await browser().signIn(claire.email, WRONG);
    expect(sixth.status).toBe(429);
    expect(retryAfter(sixth)).toBeGreaterThan(14 * 60);
    expect(retryAfter(sixth)).toBeLessThanOrEqual(15 * 60);
    expect(await sixth.json()).toMatchObject({ error: 'too_many_attempts', retryAfter: retryAfter(sixth) });
    expect(hashes.count).toBe(5);
  });

  it.each(['callback/credentials/x', 'callback/credentials/x/y', 'callback/credentials/'])(
    'counts and refuses a sign-in posted to /api/auth/%s as well (next-auth reads two segments)',
    async (path) => {
      const nextauth = path.split('/');
      const post = async () => {
        const b = browser();
        const csrf = await b.send(b.request('GET', '/api/auth/csrf'), (r) =>
          handleAuthRoute(r, { params: Promise.resolve({ nextauth: ['csrf'] }) }),
        );
        const { csrfToken } = await csrf.json();
        const body = new URLSearchParams({ email: claire.email, password: WRONG, csrfToken, json: 'true' });
        const headers = { 'content-type': 'application/x-www-form-urlencoded' };
        const req = b.request('POST', `/api/auth/${path}`, { body, headers });
        return b.send(req, (r) => handleAuthRoute(r, { params: Promise.resolve({ nextauth }) }));
      };
      for (let i = 0; i < 5; i++) expect((await post()).status).toBe(401);
      const sixth = await post();
      expect(sixth.status).toBe(429);
      expect(hashes.count).toBe(5);
    },
  );

  it('30 wrong passwords at once: 5 checked (401), 25 refused unhashed (429); then the right one too', async () => {
    const statuses = (await Promise.all(Array.from({ length: 30 }, () => browser().signIn(claire.email, WRONG)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(hashes.count).toBe(5);
    const right = await browser().signIn(claire.email, PASSWORD);
    expect(right.status).toBe(429);
    expect(retryAfter(right)).toBeGreaterThan(0);
    expect(hashes.count).toBe(5);
  });

  it('locks an unknown e-mail the same way (the answers do not reveal which accounts exist)', async () => {
    for (let i = 0; i < 5; i++) expect((await browser().signIn('nobody@example.org', WRONG)).status).toBe(401);
    expect((await browser().signIn('nobody@example.org', WRONG)).status).toBe(429);
    expect(hashes.count).toBe(5);
  });

  it('a successful sign-in forgets the failures before it (the limit counts consecutive failures)', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await browser().signIn(claire.email, WRONG)).status).toBe(401);
      expect((await browser().signIn(claire.email, PASSWORD)).status).toBe(200);
    }
  });

  it('each new lockout of the day lasts twice as long as the one before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
    const lockout = async () => {
      for (let i = 0; i < 5; i++) expect((await browser().signIn(claire.email, WRONG)).status).toBe(401);
      return retryAfter(await browser().signIn(claire.email, WRONG));
    };
    expect(await lockout()).toBe(15 * 60);
    vi.setSystemTime(new Date('2026-12-01T08:15:01Z'));
    expect(await lockout()).toBe(30 * 60);
    vi.setSystemTime(new Date('2026-12-01T08:45:02Z'));
    expect(await lockout()).toBe(60 * 60);
    vi.setSystemTime(new Date('2026-12-01T09:45:03Z'));
    expect((await browser().signIn(claire.email, PASSWORD)).status).toBe(200); // the lock ended
  });

  it('an administrator resetting the password lifts the lockout', async () => {
    for (let i = 0; i < 6; i++) await browser().signIn(claire.email, WRONG);
    const { password } = await resetPersonPassword(adminPrincipal(), { userId: claire.id });
    expect((await browser().signIn(claire.email, password)).status).toBe(200);
  });

  it('limits failures per client address across accounts (20 in 15 minutes), not other addresses', async () => {
    const emails = Array.from({ length: 5 }, (_, i) => `person${i}@example.org`);
    for (const email of emails)
      for (let i = 0; i < 4; i++) expect((await browser('198.51.100.7').signIn(email, WRONG)).status).toBe(401);
    const spray = await browser('198.51.100.7').signIn('someone-else@example.org', WRONG);
    expect(spray.status).toBe(429);
    expect(retryAfter(spray)).toBeGreaterThan(0);
    expect(hashes.count).toBe(20);
    // The account limit was not touched by the refused attempt: from elsewhere, the right password works.
    expect((await browser('203.0.113.9').signIn(claire.email, PASSWORD)).status).toBe(200);
  });

  it('without TRUSTED_PROXIES, a made-up X-Forwarded-For does not give a client a fresh address budget', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await browser('198.51.100.8', { 'x-forwarded-for': `10.9.${i}.1` }).signIn(
        `p${i % 4}@example.org`,
        WRONG,
      );
      expect(r.status).toBe(401);
    }
    expect(
      (await browser('198.51.100.8', { 'x-forwarded-for': '10.9.99.1' }).signIn('fresh@example.org', WRONG)).status,
    ).toBe(429);
  });
});
