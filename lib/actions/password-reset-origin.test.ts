// The reset link's origin when NEXTAUTH_URL is unset: a client picks the Host it sends, so a forged one must never end
// up in a resident's mailbox with a genuine token (README "Forgotten password").
import { beforeEach, expect, it, vi } from 'vitest';
import { AuthClient } from '@/test/auth-client';
import { describeEachDatabase } from '@/test/databases';
import { useMigratedDatabase } from '@/test/use-database';

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = ''; // before test/auth-client.ts would set it, and before lib/env reads it once
  process.env.PORT = '3000';
});
vi.mock('next/headers', async () => (await import('@/test/auth-client')).nextHeadersMock);
vi.mock('next/server', async (load) => (await import('@/test/deferred-after')).withDeferredAfter(load));
const { sink, runDeferred, handleAuthRoute, createUser, requestPasswordReset, forgetMailAndTasks } =
  await import('@/test/password-reset-kit');

const EMAIL = 'claire@example.org';

describeEachDatabase('reset links without NEXTAUTH_URL', (kind) => {
  const database = useMigratedDatabase(kind);
  let errors: string[];
  beforeEach(async () => {
    forgetMailAndTasks();
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await createUser({ email: EMAIL, name: 'Claire', password: 'a-long-enough-passphrase' });
  });

  const ask = async (headers: Record<string, string>, address = '192.0.2.10') => {
    const answer = await new AuthClient(handleAuthRoute, { address, headers }).run(() =>
      requestPasswordReset({ email: EMAIL }),
    );
    await runDeferred();
    return answer;
  };

  it.each([
    { host: 'evil.example' },
    { host: 'evil.example:3000' },
    { host: 'evil.example', 'x-forwarded-host': 'localhost:3000' },
    { host: 'portal.lan:3000', 'x-forwarded-host': 'localhost:3000' },
    { host: 'localhost:4444' },
  ] as Record<string, string>[])(
    'mails no link for a request sent to %o, and logs that NEXTAUTH_URL must be set',
    async (headers) => {
      expect(await ask(headers)).toEqual({ ok: true, data: null });
      await new Promise((r) => setTimeout(r, 100));
      expect(sink.messages).toEqual([]);
      expect(await database().prisma.passwordResetToken.count()).toBe(0);
      expect(errors.join('\n')).toMatch(/password reset mail not sent: set NEXTAUTH_URL/);
    },
  );

  it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000'])(
    'mails the link on the loopback origin in use (%s), on the port the server listens on',
    async (host) => {
      await ask({ host });
      const text = (await sink.waitFor(EMAIL)).text ?? '';
      expect(text).toContain(`http://${host}/reset-password?token=`);
      expect(text).not.toContain('evil');
    },
  );

  it('ignores the X-Forwarded-Host of a client that is not a trusted proxy', async () => {
    await ask({ host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    const text = (await sink.waitFor(EMAIL)).text ?? '';
    expect(text).toContain('http://localhost:3000/reset-password?token=');
    expect(text).not.toContain('evil');
  });
});
