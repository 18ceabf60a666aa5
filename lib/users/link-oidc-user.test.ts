import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';
import { linkOidcUser } from './link-oidc-user';

const login = { subject: 'idp-sub-1', email: 'Claire@Example.org', name: 'Claire', emailVerified: true };

describeEachDatabase('identity-provider sign-in', (kind) => {
  const database = useMigratedDatabase(kind);
  const users = () =>
    database().prisma.user.findMany({ select: { id: true, email: true, oidcSubject: true, role: true } });

  it('creates a citizen on first sign-in, finds it by subject even after the provider changes its e-mail', async () => {
    const first = await linkOidcUser(login);
    expect(await users()).toEqual([
      { id: first!.id, email: 'claire@example.org', oidcSubject: 'idp-sub-1', role: 'citizen' },
    ]);
    expect(await linkOidcUser({ ...login, email: 'claire.new@example.org', emailVerified: false })).toEqual(first);
  });

  it('makes the new account follow the Public alerts topic, as every new account does', async () => {
    await database().prisma.topic.create({ data: { slug: 'public-alerts', name: 'Public alerts' } });
    const user = await linkOidcUser(login);
    const follows = await database().prisma.userTopic.findMany({
      where: { userId: user!.id },
      select: { topic: { select: { slug: true } } },
    });
    expect(follows).toEqual([{ topic: { slug: 'public-alerts' } }]);
  });

  it('links an existing password account when the provider verified the e-mail', async () => {
    const existing = await database().prisma.user.create({
      data: { email: 'claire@example.org', name: 'Claire', passwordHash: 'x' },
    });
    expect(await linkOidcUser(login)).toEqual({ id: existing.id });
    expect((await users())[0].oidcSubject).toBe('idp-sub-1');
  });

  it('refuses to link an existing account on an unverified e-mail (account takeover)', async () => {
    await database().prisma.user.create({
      data: { email: 'claire@example.org', name: 'Admin', role: 'admin', passwordHash: 'x' },
    });
    expect(await linkOidcUser({ ...login, emailVerified: false })).toBeNull();
    expect((await users())[0].oidcSubject).toBeNull();
  });

  it('refuses to move an account already linked to another subject', async () => {
    await linkOidcUser(login);
    expect(await linkOidcUser({ ...login, subject: 'idp-sub-2' })).toBeNull();
    expect((await users()).map((u) => u.oidcSubject)).toEqual(['idp-sub-1']);
  });
});
