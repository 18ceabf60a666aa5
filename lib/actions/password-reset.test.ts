import { createHash } from 'node:crypto';
import { beforeEach, expect, it, vi } from 'vitest';
import { AuthClient } from '@/test/auth-client';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';

// The whole "forgotten password" path against a real SMTP server (a local sink), on both databases.
vi.mock('next/headers', async () => (await import('@/test/auth-client')).nextHeadersMock);
vi.mock('next/server', async (load) => (await import('@/test/deferred-after')).withDeferredAfter(load));
const { sink, deferred, runDeferred, handleAuthRoute, createUser, requestPasswordReset, forgetMailAndTasks } =
  await import('@/test/password-reset-kit');
const { resetPasswordByEmail } = await import('@/lib/people/replace-password');
const { resetPassword } = await import('./reset-password');

const PASSWORD = 'the-old-long-passphrase';
const NEW_PASSWORD = 'a-brand-new-passphrase';
const browser = (opts: ConstructorParameters<typeof AuthClient>[1] = {}) => new AuthClient(handleAuthRoute, opts);
const LINK = /http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]{43})/;

describeEachDatabase('forgotten password', (kind) => {
  const database = useMigratedDatabase(kind);
  beforeEach(async () => {
    forgetMailAndTasks();
    await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD });
  });
  const ask = async (email: string, from = browser()) => {
    const answer = await from.run(() => requestPasswordReset({ email }));
    await runDeferred();
    return answer;
  };
  const tokenFromMail = async (to = 'claire@example.org') => LINK.exec((await sink.waitFor(to)).text ?? '')![1];
  const reset = (token: string, password = NEW_PASSWORD) => browser().run(() => resetPassword({ token, password }));

  it('mails a working link; the new password signs in, the old one does not, every session ends', async () => {
    const laptop = browser();
    const phone = browser();
    await laptop.signIn('claire@example.org', PASSWORD);
    await phone.signIn('claire@example.org', PASSWORD);
    expect(await database().prisma.session.count()).toBe(2);

    expect(await ask('  Claire@Example.org ')).toEqual({ ok: true, data: null });
    const mail = await sink.waitFor('claire@example.org');
    expect(mail.from?.value).toEqual([{ name: 'Crieur', address: 'no-reply@crieur.example.org' }]);
    expect(mail.subject).toBe('Choose a new password for Crieur');
    expect(mail.text).toContain('Hello Claire,');
    expect(mail.text).toContain('within 30 minutes');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const token = LINK.exec(mail.text ?? '')![1];
    expect(mail.html).toContain(`href="http://localhost:3000/reset-password?token=${token}"`);

    // Stored hashed: the database alone does not give the link away.
    const row = await database().prisma.passwordResetToken.findFirstOrThrow();
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    expect(await reset(token)).toEqual({ ok: true, data: null });
    expect(await database().prisma.session.count()).toBe(0);
    expect(await laptop.session()).not.toHaveProperty('uid');
    expect(await phone.session()).not.toHaveProperty('uid');
    expect((await browser().signIn('claire@example.org', PASSWORD)).status).toBe(401);
    expect((await browser().signIn('claire@example.org', NEW_PASSWORD)).status).toBe(200);
  });

  it('a link works once: used, it answers like an unknown one and changes nothing', async () => {
    await ask('claire@example.org');
    const token = await tokenFromMail();
    expect(await reset(token)).toMatchObject({ ok: true });
    expect(await reset(token, 'yet-another-passphrase')).toEqual({ ok: false, error: 'invalid_token' });
    expect(await reset('A'.repeat(43), 'yet-another-passphrase')).toEqual({ ok: false, error: 'invalid_token' });
    expect((await browser().signIn('claire@example.org', NEW_PASSWORD)).status).toBe(200);
  });

  it('two submissions of one link at once: exactly one sets its password', async () => {
    await ask('claire@example.org');
    const token = await tokenFromMail();
    const results = await Promise.all([reset(token, 'first-long-passphrase'), reset(token, 'second-long-passphrase')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'invalid_token' }]);
  });

  it('an unknown address gets the same answer, before any lookup, and no mail is sent', async () => {
    const from = browser();
    const known = await from.run(() => requestPasswordReset({ email: 'claire@example.org' }));
    const unknown = await from.run(() => requestPasswordReset({ email: 'nobody@example.org' }));
    expect(unknown).toEqual(known);
    // Nothing was looked up or written while answering: the account's existence cannot shape the answer's timing.
    expect(deferred).toHaveLength(2);
    expect(await database().prisma.passwordResetToken.count()).toBe(0);
    await runDeferred();
    await sink.waitFor('claire@example.org');
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.messages.map((m) => m.to)).toHaveLength(1);
    expect(await database().prisma.passwordResetToken.count()).toBe(1);
  });

  it('the link expires after 30 minutes, with the same message as a used one', async () => {
    await ask('claire@example.org');
    const token = await tokenFromMail();
    const { findPasswordReset } = await import('@/lib/password-reset/find-password-reset');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 29 * 60_000 });
    try {
      expect(await findPasswordReset(token)).toMatchObject({ email: 'claire@example.org' });
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect(await findPasswordReset(token)).toBeNull();
      expect(await reset(token)).toEqual({ ok: false, error: 'invalid_token' });
    } finally {
      vi.useRealTimers();
    }
    expect((await browser().signIn('claire@example.org', PASSWORD)).status).toBe(200);
  });

  it('asking again replaces the older link', async () => {
    await ask('claire@example.org');
    const first = await tokenFromMail();
    sink.messages.length = 0;
    await ask('claire@example.org');
    const second = await tokenFromMail();
    expect(second).not.toBe(first);
    expect(await reset(first)).toEqual({ ok: false, error: 'invalid_token' });
    expect(await reset(second)).toMatchObject({ ok: true });
  });

  it('a password set another way (settings, console, CLI) voids a pending link', async () => {
    await ask('claire@example.org');
    const token = await tokenFromMail();
    await resetPasswordByEmail({ email: 'claire@example.org', password: 'set-by-the-operator' });
    expect(await reset(token)).toEqual({ ok: false, error: 'invalid_token' });
  });

  it('the new password follows the sign-up policy, and a refused one leaves the link usable', async () => {
    await ask('claire@example.org');
    const token = await tokenFromMail();
    for (const [weak, code] of [
      ['short', 'password_too_short'],
      ['password123', 'password_too_common'],
      ['x'.repeat(201), 'password_too_long'],
      ['CLAIRE@example.org', 'password_is_email'],
    ]) {
      expect(await reset(token, weak)).toMatchObject({ ok: false, fields: { password: code } });
    }
    expect(await reset('not a token')).toMatchObject({ ok: false, fields: { token: 'invalid_token' } });
    expect(await reset(token)).toMatchObject({ ok: true });
  });

  it('the mail is in the person’s language, else in the language of the request', async () => {
    await createUser({ email: 'zoe@example.org', name: 'Zoé', password: PASSWORD, locale: 'fr' });
    await ask('zoe@example.org');
    const zoe = await sink.waitFor('zoe@example.org');
    expect(zoe.subject).toBe('Choisissez un nouveau mot de passe pour Crieur');
    expect(zoe.text).toContain('Bonjour Zoé,');
    expect(zoe.text).toContain('dans les 30 minutes');
    await ask('claire@example.org', browser({ headers: { 'accept-language': 'fr-FR,fr;q=0.9' } }));
    expect((await sink.waitFor('claire@example.org')).text).toContain('Bonjour Claire,');
  });

  it('is limited per e-mail (5 an hour) and per client address (20 an hour), known address or not', async () => {
    for (const email of ['claire@example.org', 'nobody@example.org']) {
      for (let i = 0; i < 5; i++) {
        expect(await ask(email, browser({ address: `198.51.100.${i}` }))).toMatchObject({ ok: true });
      }
      const refused = await ask(email, browser({ address: '198.51.100.99' }));
      expect(refused).toEqual({ ok: false, error: 'rate_limited', retryAfter: expect.any(Number) });
    }
    const from = browser({ address: '203.0.113.8' });
    for (let i = 0; i < 20; i++) expect(await ask(`p${i}@example.org`, from)).toMatchObject({ ok: true });
    expect(await ask('p20@example.org', from)).toMatchObject({ ok: false, error: 'rate_limited' });
    // The refused request did not use up that e-mail's own budget.
    expect(await ask('p20@example.org', browser({ address: '203.0.113.9' }))).toMatchObject({ ok: true });
  });

  it('a reset lifts a sign-in lock-out', async () => {
    for (let i = 0; i < 5; i++) await browser().signIn('claire@example.org', 'a-wrong-guess');
    expect((await browser().signIn('claire@example.org', PASSWORD)).status).toBe(429);
    await ask('claire@example.org');
    expect(await reset(await tokenFromMail())).toMatchObject({ ok: true });
    expect((await browser().signIn('claire@example.org', NEW_PASSWORD)).status).toBe(200);
  });
});
