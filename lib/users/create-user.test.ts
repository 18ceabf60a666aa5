import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';
import { signUpSchema } from '../validation/user';
import { createUser, DuplicateEmailError } from './create-user';
import { verifyCredentials } from './verify-credentials';

const claire = { email: 'Claire@Example.org', name: 'Claire Martin', password: 'a-long-enough-passphrase' };

describeEachDatabase('user accounts', (kind) => {
  const database = useMigratedDatabase(kind);
  const rows = () => database().prisma.user.findMany({ select: { email: true, role: true, passwordHash: true } });

  it('stores a citizen with a lower-cased e-mail and an argon2id hash, never the password', async () => {
    const user = await createUser(claire);
    expect(user).toEqual({
      id: expect.any(String),
      email: 'claire@example.org',
      name: 'Claire Martin',
      role: 'citizen',
    });
    const [row] = await rows();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(claire.password);
  });

  it('follows the Public alerts topic from the start (issue #16), unless an administrator archived it', async () => {
    const prisma = database().prisma;
    const follows = async (userId: string) =>
      (await prisma.userTopic.findMany({ where: { userId }, select: { topic: { select: { slug: true } } } })).map(
        (f) => f.topic.slug,
      );
    await prisma.topic.create({ data: { slug: 'public-alerts', name: 'Public alerts' } });
    await prisma.topic.create({ data: { slug: 'events', name: 'Events' } });
    expect(await follows((await createUser(claire)).id)).toEqual(['public-alerts']);
    await prisma.topic.update({ where: { slug: 'public-alerts' }, data: { archivedAt: new Date() } });
    expect(await follows((await createUser({ ...claire, email: 'other@example.org' })).id)).toEqual([]);
  });

  it('creates admins when asked', async () => {
    expect((await createUser({ ...claire, role: 'admin' })).role).toBe('admin');
  });

  it('refuses a second account for the same e-mail, whatever its case, and keeps exactly one row', async () => {
    await createUser(claire);
    await expect(createUser({ ...claire, email: 'CLAIRE@example.org', name: 'Impostor' })).rejects.toThrow(
      DuplicateEmailError,
    );
    expect(await rows()).toHaveLength(1);
    expect((await database().prisma.user.findFirstOrThrow()).name).toBe('Claire Martin');
  });

  it('gives one account and one DuplicateEmailError to two sign-ups racing for one address', async () => {
    const results = await Promise.allSettled([createUser(claire), createUser({ ...claire, name: 'Twin' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(
      DuplicateEmailError,
    );
    expect(await rows()).toHaveLength(1);
  });

  it('verifies credentials: the right password signs in, with any e-mail case', async () => {
    const user = await createUser(claire);
    const ok = await verifyCredentials(' claire@EXAMPLE.org ', claire.password);
    expect(ok).toEqual({ id: user.id, email: 'claire@example.org', name: 'Claire Martin', role: 'citizen' });
    expect(ok).not.toHaveProperty('passwordHash');
  });

  it('answers null alike to a wrong password, an unknown user, an account without password (OIDC only)', async () => {
    await createUser(claire);
    await database().prisma.user.create({
      data: { email: 'oidc@example.org', name: 'OIDC only', oidcSubject: 'sub-1' },
    });
    expect(await verifyCredentials(claire.email, 'not-the-password-at-all')).toBeNull();
    expect(await verifyCredentials('nobody@example.org', claire.password)).toBeNull();
    expect(await verifyCredentials('oidc@example.org', '')).toBeNull();
  });
});

// The schema shared by the sign-up form, its server action and `npm run user:create`:
// refused input never reaches the database.
it.each([
  ['short', 'password_too_short'],
  ['password123', 'password_too_common'],
  ['Password1234', 'password_too_common'],
  ['x'.repeat(201), 'password_too_long'],
  ['claire@example.org', 'password_is_email'],
])('the sign-up schema refuses the weak password %j (%s)', (password, message) => {
  const r = signUpSchema.safeParse({ ...claire, password });
  expect(r.success).toBe(false);
  expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['password'], message })]);
});

it('the sign-up schema names each bad field', () => {
  const r = signUpSchema.safeParse({ name: ' ', email: 'not-an-email', password: claire.password });
  expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
    ['name', 'name_required'],
    ['email', 'invalid_email'],
  ]);
});
