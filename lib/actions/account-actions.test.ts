import { beforeEach, expect, it, vi } from 'vitest';
import { AuthClient } from '@/test/auth-client';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';

vi.mock('next/headers', async () => (await import('@/test/auth-client')).nextHeadersMock);

const { handleAuthRoute } = await import('@/lib/auth/auth-route');
const { createUser } = await import('@/lib/users/create-user');
const { changePassword } = await import('./change-password');
const { signOutEverywhere } = await import('./sign-out-everywhere');
const { signUp } = await import('./sign-up');

const PASSWORD = 'a-long-enough-passphrase';

describeEachDatabase('account actions', (kind) => {
  const database = useMigratedDatabase(kind);
  let browser: AuthClient;
  beforeEach(async () => {
    await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD });
    browser = new AuthClient(handleAuthRoute);
    expect((await browser.signIn('claire@example.org', PASSWORD)).status).toBe(200);
  });
  const sessions = () => database().prisma.session.count();

  it('change password: the current one is required and checked, the new one follows the sign-up policy', async () => {
    const change = (input: unknown) => browser.run(() => changePassword(input));
    expect(await change({ currentPassword: '', newPassword: 'a-brand-new-passphrase' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { currentPassword: 'current_password_required' },
    });
    for (const [weak, code] of [
      ['short', 'password_too_short'],
      ['password123', 'password_too_common'],
      ['x'.repeat(201), 'password_too_long'],
    ]) {
      expect(await change({ currentPassword: PASSWORD, newPassword: weak })).toMatchObject({
        ok: false,
        fields: { newPassword: code },
      });
    }
    expect(await change({ currentPassword: PASSWORD, newPassword: 'CLAIRE@example.org' })).toMatchObject({
      ok: false,
      fields: { newPassword: 'password_is_email' },
    });
    expect(await change({ currentPassword: 'wrong-current-password', newPassword: 'a-brand-new-passphrase' })).toEqual({
      ok: false,
      error: 'wrong_current_password',
      fields: { currentPassword: 'wrong_current_password' },
    });
    expect(await sessions()).toBe(1);
    expect(await change({ currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase' })).toEqual({
      ok: true,
      data: { signedOut: true },
    });
    expect(await sessions()).toBe(0);
    expect(await change({ currentPassword: 'a-brand-new-passphrase', newPassword: 'yet-another-passphrase' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    });
    expect((await new AuthClient(handleAuthRoute).signIn('claire@example.org', 'a-brand-new-passphrase')).status).toBe(
      200,
    );
  });

  it('guessing the current password from a signed-in session meets the sign-in lockout', async () => {
    const guess = () =>
      browser.run(() => changePassword({ currentPassword: 'a-wrong-guess', newPassword: 'a-brand-new-passphrase' }));
    for (let i = 0; i < 5; i++) expect(await guess()).toMatchObject({ error: 'wrong_current_password' });
    expect(await guess()).toMatchObject({ ok: false, error: 'rate_limited', retryAfter: expect.any(Number) });
  });

  it('sign out on all devices ends every session of the person', async () => {
    const phone = new AuthClient(handleAuthRoute);
    await phone.signIn('claire@example.org', PASSWORD);
    expect(await sessions()).toBe(2);
    expect(await browser.run(() => signOutEverywhere({}))).toEqual({ ok: true, data: { ended: 2 } });
    expect(await sessions()).toBe(0);
    expect(await phone.run(() => signOutEverywhere({}))).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('sign-up is limited per client address (10 an hour), before any password is hashed', async () => {
    const from = (address: string) => new AuthClient(handleAuthRoute, { address });
    for (let i = 0; i < 10; i++) {
      const r = await from('198.51.100.3').run(() =>
        signUp({ name: `P${i}`, email: `p${i}@example.org`, password: PASSWORD }),
      );
      expect(r).toMatchObject({ ok: true });
    }
    const refused = await from('198.51.100.3').run(() =>
      signUp({ name: 'P10', email: 'p10@example.org', password: PASSWORD }),
    );
    expect(refused).toMatchObject({ ok: false, error: 'rate_limited', retryAfter: expect.any(Number) });
    expect(await database().prisma.user.count({ where: { email: 'p10@example.org' } })).toBe(0);
    expect(
      await from('203.0.113.4').run(() => signUp({ name: 'P10', email: 'p10@example.org', password: PASSWORD })),
    ).toMatchObject({ ok: true });
  });

  it('a new account starts in the language its visitor browsed in (Accept-Language)', async () => {
    const headers = { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' };
    const visitor = new AuthClient(handleAuthRoute, { address: '198.51.100.7', headers });
    const r = await visitor.run(() => signUp({ name: 'Zoé', email: 'zoe@example.org', password: PASSWORD }));
    expect(r).toMatchObject({ ok: true });
    const user = await database().prisma.user.findUnique({ where: { email: 'zoe@example.org' } });
    expect(user?.locale).toBe('fr');
  });
});
