import { decode, encode } from 'next-auth/jwt';
import { beforeEach, expect, it, vi } from 'vitest';
import { adminPrincipal, userPrincipal } from '../../test/principals';
import { AuthClient } from '../../test/auth-client';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';

vi.mock('next/headers', async () => (await import('../../test/auth-client')).nextHeadersMock);

const { handleAuthRoute } = await import('../auth/auth-route');
const preferences = await import('../../app/api/preferences/route');
const { createUser } = await import('../users/create-user');
const { endAllSessions } = await import('./end-session');
const { setPersonRole } = await import('../people/set-person-role');
const { deletePerson } = await import('../people/delete-person');
const { resetPersonPassword } = await import('../people/reset-password');
const { changeOwnPassword } = await import('../people/change-own-password');

const PASSWORD = 'a-long-enough-passphrase';

describeEachDatabase('server-side sessions', (kind) => {
  const database = useMigratedDatabase(kind);
  let claire: { id: string; email: string };

  beforeEach(async () => {
    claire = await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD, role: 'admin' });
  });

  /** What an API answers to this browser's cookie: 200 signed in, 401 anonymous. */
  const apiStatus = async (c: AuthClient) =>
    (await c.send(c.request('GET', '/api/preferences'), (r) => preferences.GET(r))).status;
  const signedIn = async () => {
    const c = new AuthClient(handleAuthRoute);
    expect((await c.signIn(claire.email, PASSWORD)).status).toBe(200);
    expect(await apiStatus(c)).toBe(200);
    return c;
  };
  const sessions = () => database().prisma.session.findMany({ where: { userId: claire.id } });

  it('signing in stores one session row with the browser, and its id travels in the cookie', async () => {
    const c = await signedIn();
    const rows = await sessions();
    expect(rows).toHaveLength(1);
    expect(rows[0].userAgent).toContain('Firefox');
    expect((await c.session()).uid).toBe(claire.id);
  });

  it('the cookie is encrypted and carries the user id and the session id only (no name, no e-mail)', async () => {
    const c = await signedIn();
    const cookie = c.cookies.get('next-auth.session-token')!;
    expect(cookie.split('.')).toHaveLength(5); // JWE compact form: next-auth encrypts (dir, A256GCM)
    expect(cookie).not.toContain(Buffer.from('claire').toString('base64url').slice(0, 6));
    const token = await decode({ token: cookie, secret: 'crieur-development-secret-only' });
    expect(Object.keys(token ?? {}).sort()).toEqual(['exp', 'iat', 'jti', 'sid', 'uid']);
    expect(token).toMatchObject({ uid: claire.id, sid: (await sessions())[0].id });
  });

  it('signing out ends that session: a saved copy of the cookie gets 401 afterwards', async () => {
    const c = await signedIn();
    const saved = c.copy();
    expect(await apiStatus(saved)).toBe(200);
    await c.signOut();
    expect(await apiStatus(saved)).toBe(401);
    expect(await apiStatus(c)).toBe(401);
    expect((await saved.session()).uid).toBeUndefined(); // next-auth's own endpoint agrees
    expect(await sessions()).toHaveLength(0);
  });

  it('signing out on one device leaves the other devices signed in', async () => {
    const phone = await signedIn();
    const laptop = await signedIn();
    await phone.signOut();
    expect(await apiStatus(phone.copy())).toBe(401);
    expect(await apiStatus(laptop)).toBe(200);
  });

  it('"sign out on all devices" ends every session of the person, and only theirs', async () => {
    const [phone, laptop] = [await signedIn(), await signedIn()];
    const karim = await createUser({ email: 'karim@example.org', name: 'Karim', password: PASSWORD });
    const other = new AuthClient(handleAuthRoute);
    await other.signIn(karim.email, PASSWORD);
    expect(await endAllSessions(userPrincipal({ id: claire.id, email: claire.email }))).toBe(2);
    expect([await apiStatus(phone), await apiStatus(laptop), await apiStatus(other)]).toEqual([401, 401, 200]);
  });

  it('demotion ends every session of the demoted person at once', async () => {
    await createUser({ email: 'ada@example.org', name: 'Ada', password: PASSWORD, role: 'admin' });
    const [phone, laptop] = [await signedIn(), await signedIn()];
    await setPersonRole(adminPrincipal(), { userId: claire.id, role: 'citizen' });
    expect([await apiStatus(phone), await apiStatus(laptop)]).toEqual([401, 401]);
    const again = await signedIn(); // signs in again as a resident
    expect((await database().prisma.user.findUniqueOrThrow({ where: { id: claire.id } })).role).toBe('citizen');
    expect(await apiStatus(again)).toBe(200);
  });

  it('deletion ends every session (the rows go with the person)', async () => {
    await createUser({ email: 'ada@example.org', name: 'Ada', password: PASSWORD, role: 'admin' });
    const c = await signedIn();
    await deletePerson(adminPrincipal(), { userId: claire.id });
    expect(await apiStatus(c)).toBe(401);
    expect(await database().prisma.session.count()).toBe(0);
  });

  it('a password change and an admin reset end every session', async () => {
    const c = await signedIn();
    await changeOwnPassword(userPrincipal({ id: claire.id, email: claire.email }), {
      currentPassword: PASSWORD,
      newPassword: 'another-long-passphrase',
      address: '192.0.2.1',
    });
    expect(await apiStatus(c)).toBe(401);
    const d = new AuthClient(handleAuthRoute);
    expect((await d.signIn(claire.email, 'another-long-passphrase')).status).toBe(200);
    const { password } = await resetPersonPassword(adminPrincipal(), { userId: claire.id });
    expect(await apiStatus(d)).toBe(401);
    expect((await new AuthClient(handleAuthRoute).signIn(claire.email, password)).status).toBe(200);
  });

  it('a validly signed cookie without a session id (issued before sessions existed) is anonymous', async () => {
    const c = new AuthClient(handleAuthRoute);
    c.cookies.set(
      'next-auth.session-token',
      await encode({ token: { uid: claire.id }, secret: 'crieur-development-secret-only' }),
    );
    expect(await apiStatus(c)).toBe(401);
    const forged = new AuthClient(handleAuthRoute);
    forged.cookies.set(
      'next-auth.session-token',
      await encode({ token: { uid: claire.id, sid: 'guessed' }, secret: 'crieur-development-secret-only' }),
    );
    expect(await apiStatus(forged)).toBe(401);
  });
});
