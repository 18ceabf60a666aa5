import { beforeEach, expect, it } from 'vitest';
import { adminPrincipal, userPrincipal } from '../../test/principals';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';
import { PrincipalError } from '../principal/principal';
import { createUser } from '../users/create-user';
import { verifyCredentials } from '../users/verify-credentials';
import { changeOwnPassword, PasswordChangeError } from './change-own-password';
import { deletePerson } from './delete-person';
import { listPeople } from './list-people';
import { LastAdminError, PersonNotFoundError } from './people-errors';
import { resetPasswordByEmail } from './replace-password';
import { resetPersonPassword } from './reset-password';
import { setPersonRole } from './set-person-role';

const PASSWORD = 'a-long-enough-passphrase';

describeEachDatabase('people administration', (kind) => {
  const database = useMigratedDatabase(kind);
  let ada: { id: string; email: string };
  let claire: { id: string; email: string };
  beforeEach(async () => {
    ada = await createUser({ email: 'ada@example.org', name: 'Ada', password: PASSWORD, role: 'admin' });
    claire = await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD });
  });
  const roleOf = async (id: string) => (await database().prisma.user.findUniqueOrThrow({ where: { id } })).role;

  it('lists and searches people, admins first, with their open sessions', async () => {
    await database().prisma.session.create({ data: { id: 's1', userId: claire.id } });
    const all = await listPeople(adminPrincipal(), { query: '' });
    expect(all.people.map((p) => [p.name, p.role, p.sessions])).toEqual([
      ['Ada', 'admin', 0],
      ['Claire', 'citizen', 1],
    ]);
    expect((await listPeople(adminPrincipal(), { query: 'CLAI' })).people.map((p) => p.email)).toEqual([
      'claire@example.org',
    ]);
  });

  it('promotes and demotes', async () => {
    await setPersonRole(adminPrincipal(), { userId: claire.id, role: 'admin' });
    expect(await roleOf(claire.id)).toBe('admin');
    await setPersonRole(adminPrincipal(), { userId: claire.id, role: 'citizen' });
    expect(await roleOf(claire.id)).toBe('citizen');
  });

  it('never leaves the portal without an administrator: the last one can be neither demoted nor deleted', async () => {
    await expect(setPersonRole(adminPrincipal({ id: ada.id }), { userId: ada.id, role: 'citizen' })).rejects.toThrow(
      LastAdminError,
    );
    await expect(deletePerson(adminPrincipal({ id: ada.id }), { userId: ada.id })).rejects.toThrow(LastAdminError);
    expect(await roleOf(ada.id)).toBe('admin');
    // With a second admin, one may step down (their sessions end) — but not both at once.
    await setPersonRole(adminPrincipal(), { userId: claire.id, role: 'admin' });
    const both = await Promise.allSettled([
      setPersonRole(adminPrincipal({ id: ada.id }), { userId: claire.id, role: 'citizen' }),
      setPersonRole(adminPrincipal({ id: claire.id }), { userId: ada.id, role: 'citizen' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await database().prisma.user.count({ where: { role: 'admin' } })).toBe(1);
  });

  it('deletes a person with their sessions; an unknown id is PersonNotFoundError', async () => {
    await database().prisma.session.create({ data: { id: 's1', userId: claire.id } });
    await deletePerson(adminPrincipal(), { userId: claire.id });
    expect(await database().prisma.user.count({ where: { id: claire.id } })).toBe(0);
    expect(await database().prisma.session.count()).toBe(0);
    await expect(deletePerson(adminPrincipal(), { userId: 'nobody' })).rejects.toThrow(PersonNotFoundError);
  });

  it('an admin reset returns a generated password that works (once shown, only its hash is stored)', async () => {
    const { password, email } = await resetPersonPassword(adminPrincipal(), { userId: claire.id });
    expect(email).toBe(claire.email);
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await verifyCredentials(claire.email, password)).toMatchObject({ id: claire.id });
    expect(await verifyCredentials(claire.email, PASSWORD)).toBeNull();
    const row = await database().prisma.user.findUniqueOrThrow({ where: { id: claire.id } });
    expect(row.passwordHash).not.toContain(password);
  });

  it('the operator reset (CLI) sets the given password or generates one', async () => {
    expect(
      await resetPasswordByEmail({ email: ' CLAIRE@example.org ', password: 'chosen-by-the-operator' }),
    ).toMatchObject({ generated: false });
    expect(await verifyCredentials(claire.email, 'chosen-by-the-operator')).not.toBeNull();
    const generated = await resetPasswordByEmail({ email: claire.email });
    expect(generated.generated).toBe(true);
    expect(await verifyCredentials(claire.email, generated.password)).not.toBeNull();
    await expect(resetPasswordByEmail({ email: 'nobody@example.org' })).rejects.toThrow(PersonNotFoundError);
  });

  it('a resident changes their password only with the current one', async () => {
    const me = userPrincipal({ id: claire.id, email: claire.email });
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword(me, { currentPassword, newPassword, address: '192.0.2.1' });
    await expect(change('wrong-current-password', 'a-brand-new-passphrase')).rejects.toMatchObject({
      field: 'currentPassword',
      code: 'wrong_current_password',
    });
    await expect(change(PASSWORD, 'claire@example.org')).rejects.toBeInstanceOf(PasswordChangeError);
    expect(await verifyCredentials(claire.email, PASSWORD)).not.toBeNull();
    await change(PASSWORD, 'a-brand-new-passphrase');
    expect(await verifyCredentials(claire.email, 'a-brand-new-passphrase')).not.toBeNull();
    expect(await verifyCredentials(claire.email, PASSWORD)).toBeNull();
  });

  it('data functions refuse a principal without the right', async () => {
    const citizen = userPrincipal({ id: claire.id }) as never;
    await expect(listPeople(citizen, { query: '' })).rejects.toThrow(PrincipalError);
    await expect(setPersonRole(citizen, { userId: claire.id, role: 'admin' })).rejects.toThrow(PrincipalError);
    await expect(deletePerson(citizen, { userId: ada.id })).rejects.toThrow(PrincipalError);
    await expect(resetPersonPassword(citizen, { userId: ada.id })).rejects.toThrow(PrincipalError);
    expect(await roleOf(claire.id)).toBe('citizen');
  });
});
