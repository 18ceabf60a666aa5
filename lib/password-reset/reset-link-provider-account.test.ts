import { afterAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { REFUSED_MAILBOX, startSmtpSink } from '@/test/smtp-sink';
import { useMigratedDatabase } from '@/test/use-database';

// With an identity provider configured, an account that has no password signs in there: no reset link for it.
const sink = await startSmtpSink();
Object.assign(process.env, {
  SMTP_URL: sink.url,
  MAIL_FROM: 'no-reply@crieur.example.org',
  OIDC_ISSUER: 'https://login.example.org/realms/town',
  OIDC_CLIENT_ID: 'crieur',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_NAME: 'TownID',
});
afterAll(() => sink.close());

const { createUser } = await import('@/lib/users/create-user');
const { sendPasswordResetLink } = await import('./send-reset-link');

describeEachDatabase('"forgot your password" for an account of the identity provider', (kind) => {
  const database = useMigratedDatabase(kind);
  beforeEach(() => void (sink.messages.length = 0));

  it('mails how to sign in with the provider, in the person’s language, and issues no link', async () => {
    await database().prisma.user.create({ data: { email: 'sso@example.org', name: 'Sam', locale: 'fr' } });
    const job = { email: 'sso@example.org', origin: 'https://town.example.org', locale: 'en' as const };
    expect(await sendPasswordResetLink(job)).toBe('provider');
    const mail = await sink.waitFor('sso@example.org');
    expect(mail.subject).toBe('Comment vous connecter à Crieur');
    expect(mail.text).toContain('vous vous connectez avec TownID');
    expect(mail.text).toContain('https://town.example.org/signin');
    expect(mail.text).not.toMatch(/reset-password/);
    expect(await database().prisma.passwordResetToken.count()).toBe(0);
  });

  it('still mails a link to an account that has a password as well', async () => {
    await createUser({ email: 'claire@example.org', name: 'Claire', password: 'a-long-enough-passphrase' });
    const job = { email: 'claire@example.org', origin: 'https://town.example.org', locale: 'en' as const };
    expect(await sendPasswordResetLink(job)).toBe('link');
    expect((await sink.waitFor('claire@example.org')).text).toContain('https://town.example.org/reset-password?token=');
  });

  it('never throws when the mail server refuses: the failure is logged, nobody waits for an answer', async () => {
    await createUser({ email: REFUSED_MAILBOX, name: 'Rex', password: 'a-long-enough-passphrase' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const job = { email: REFUSED_MAILBOX, origin: 'https://town.example.org', locale: 'en' as const };
      expect(await sendPasswordResetLink(job)).toBe('failed');
      const entry = JSON.parse(String(errors.mock.calls[0][0]));
      expect(entry).toMatchObject({ level: 'error', msg: 'password reset mail not sent' });
      expect(JSON.stringify(entry)).not.toMatch(/token=/);
    } finally {
      errors.mockRestore();
    }
  });
});
