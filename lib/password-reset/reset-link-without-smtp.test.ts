import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';

// No SMTP_URL / SMTP_HOST: nothing is mailed, the operator finds the link in the log (README "Forgotten password").
delete process.env.SMTP_URL;
delete process.env.SMTP_HOST;
delete process.env.OIDC_ISSUER;

const { createUser } = await import('@/lib/users/create-user');
const { findPasswordReset } = await import('./find-password-reset');
const { sendPasswordResetLink } = await import('./send-reset-link');

const job = (email: string) => ({ email, origin: 'https://town.example.org', locale: 'en' as const });

describeEachDatabase('a reset link without a mail server', (kind) => {
  const database = useMigratedDatabase(kind);
  let lines: string[];
  beforeEach(() => {
    lines = [];
    const keep = (line: unknown) => void lines.push(String(line));
    vi.spyOn(console, 'log').mockImplementation(keep);
    vi.spyOn(console, 'error').mockImplementation(keep);
  });
  afterEach(() => vi.restoreAllMocks());

  it('is written to the log as one JSON line, with the address it is for', async () => {
    await createUser({ email: 'claire@example.org', name: 'Claire', password: 'a-long-enough-passphrase' });
    expect(await sendPasswordResetLink(job('claire@example.org'))).toBe('link');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'warn', component: 'password-reset', email: 'claire@example.org' });
    expect(entry.msg).toMatch(/no SMTP server configured/);
    const token = /^https:\/\/town\.example\.org\/reset-password\?token=([\w-]{43})$/.exec(entry.link)?.[1];
    expect(await findPasswordReset(token)).toMatchObject({ email: 'claire@example.org' });
  });

  it('logs nothing for an address without an account', async () => {
    expect(await sendPasswordResetLink(job('nobody@example.org'))).toBe('no_account');
    expect(lines).toEqual([]);
  });

  it('gives an account without a password a link when no identity provider is configured', async () => {
    await database().prisma.user.create({ data: { email: 'sso@example.org', name: 'Sam', passwordHash: null } });
    expect(await sendPasswordResetLink(job('sso@example.org'))).toBe('link');
    expect(JSON.parse(lines[0]).link).toMatch(/reset-password\?token=/);
  });
});
