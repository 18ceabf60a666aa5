import { beforeEach, expect, it, vi } from 'vitest';
import { adminPrincipal, userPrincipal } from '../../test/principals';
import { browserSubscription, pushTestEnv, VAPID } from '../../test/api/push-api-harness';
import { AuthClient } from '../../test/auth-client';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';

// Ending a session must also stop pushes to the devices registered from it: a stolen phone whose owner signed out
// everywhere must not keep receiving notification text.
pushTestEnv();
vi.mock('next/headers', async () => (await import('../../test/auth-client')).nextHeadersMock);

const { handleAuthRoute } = await import('../auth/auth-route');
const subscriptions = await import('../../app/api/push/subscriptions/route');
const { createUser } = await import('../users/create-user');
const { endAllSessions, endSessions } = await import('./end-session');
const { setPersonRole } = await import('../people/set-person-role');
const { deletePerson } = await import('../people/delete-person');
const { resetPersonPassword } = await import('../people/reset-password');
const { resetPasswordByEmail } = await import('../people/replace-password');
const { changeOwnPassword } = await import('../people/change-own-password');
const { saveSubscription } = await import('../subscriptions/save-subscription');
const { SessionEndedError } = await import('../subscriptions/lock-live-session');

const PASSWORD = 'a-long-enough-passphrase';

describeEachDatabase('ending sessions turns off push on their devices', (kind) => {
  const database = useMigratedDatabase(kind);
  let claire: { id: string; email: string };
  let karim: { id: string; email: string };

  beforeEach(async () => {
    claire = await createUser({ email: 'claire@example.org', name: 'Claire', password: PASSWORD, role: 'admin' });
    karim = await createUser({ email: 'karim@example.org', name: 'Karim', password: PASSWORD });
    await createUser({ email: 'ada@example.org', name: 'Ada', password: PASSWORD, role: 'admin' });
  });

  const signedIn = async (email: string, password = PASSWORD) => {
    const c = new AuthClient(handleAuthRoute);
    expect((await c.signIn(email, password)).status).toBe(200);
    return c;
  };
  /** This browser turns push on (POST /api/push/subscriptions with its cookie); returns the endpoint. */
  const turnPushOn = async (c: AuthClient, sub = browserSubscription()) => {
    const body = JSON.stringify({ ...sub, applicationServerKey: VAPID.publicKey });
    const req = c.request('POST', '/api/push/subscriptions', { body, headers: { 'content-type': 'application/json' } });
    expect((await c.send(req, (r) => subscriptions.POST(r))).status).toBeLessThan(300);
    return sub.endpoint;
  };
  /** A device stored before devices recorded their session. */
  const legacyDevice = async (userId: string) => {
    const { endpoint, keys } = browserSubscription();
    await database().prisma.pushSubscription.create({
      data: { userId, endpoint, p256dh: keys.p256dh, auth: keys.auth, name: 'Old phone' },
    });
    return endpoint;
  };
  const endpoints = async (userId: string) =>
    (await database().prisma.pushSubscription.findMany({ where: { userId }, select: { endpoint: true } }))
      .map((d) => d.endpoint)
      .sort();
  /** Claire with two signed-in browsers that turned push on, a device from before sessions, and Karim's phone. */
  const scene = async () => {
    const [phone, laptop] = [await signedIn(claire.email), await signedIn(claire.email)];
    const devices = [await turnPushOn(phone), await turnPushOn(laptop)];
    const legacy = await legacyDevice(claire.id);
    const karims = await turnPushOn(await signedIn(karim.email));
    return { phone, laptop, devices, legacy, karims };
  };

  it('records on each device the session it was registered from', async () => {
    const phone = await signedIn(claire.email);
    const endpoint = await turnPushOn(phone);
    const [session] = await database().prisma.session.findMany({ where: { userId: claire.id } });
    const row = await database().prisma.pushSubscription.findUniqueOrThrow({ where: { endpoint } });
    expect(row.sessionId).toBe(session.id);
  });

  it('"sign out on all devices" removes the devices of those sessions only', async () => {
    const { legacy, karims } = await scene();
    expect(await endAllSessions(userPrincipal({ id: claire.id, email: claire.email }))).toBe(2);
    expect(await endpoints(claire.id)).toEqual([legacy]);
    expect(await endpoints(karim.id)).toEqual([karims]);
  });

  it('a password change, an admin reset and the operator reset remove the devices of the ended sessions', async () => {
    const { legacy, karims } = await scene();
    await changeOwnPassword(userPrincipal({ id: claire.id, email: claire.email }), {
      currentPassword: PASSWORD,
      newPassword: 'another-long-passphrase',
      address: '192.0.2.1',
    });
    expect(await endpoints(claire.id)).toEqual([legacy]);

    await turnPushOn(await signedIn(claire.email, 'another-long-passphrase'));
    const { password } = await resetPersonPassword(adminPrincipal(), { userId: claire.id });
    expect(await endpoints(claire.id)).toEqual([legacy]);

    await turnPushOn(await signedIn(claire.email, password));
    await resetPasswordByEmail({ email: claire.email, password: 'a-third-long-passphrase' });
    expect(await endpoints(claire.id)).toEqual([legacy]);
    expect(await endpoints(karim.id)).toEqual([karims]);
  });

  it('a demotion and a deletion remove the devices of the person’s sessions', async () => {
    const { legacy, karims } = await scene();
    await setPersonRole(adminPrincipal(), { userId: claire.id, role: 'citizen' });
    expect(await endpoints(claire.id)).toEqual([legacy]);
    await turnPushOn(await signedIn(claire.email));
    await deletePerson(adminPrincipal(), { userId: claire.id });
    expect(await database().prisma.pushSubscription.count({ where: { userId: claire.id } })).toBe(0);
    expect(await endpoints(karim.id)).toEqual([karims]);
  });

  it('a device re-registered from a newer session follows that session', async () => {
    const sub = browserSubscription();
    const before = await signedIn(claire.email);
    await turnPushOn(before, sub);
    const [older] = await database().prisma.session.findMany({ where: { userId: claire.id } });
    await turnPushOn(await signedIn(claire.email), sub); // the same browser subscription, after signing in again
    await database()
      .sql.kysely.transaction()
      .execute((trx) => endSessions(trx, { sessionId: older.id }));
    expect(await endpoints(claire.id)).toEqual([sub.endpoint]);
    await endAllSessions(userPrincipal({ id: claire.id, email: claire.email }));
    expect(await endpoints(claire.id)).toEqual([]);
  });

  it('a device is not saved for a session that has already ended (401)', async () => {
    const { endpoint, keys } = browserSubscription();
    const gone = { ...userPrincipal({ id: claire.id, email: claire.email }), sessionId: 'ended-meanwhile' };
    const data = { endpoint, p256dh: keys.p256dh, auth: keys.auth, vapidPublicKey: VAPID.publicKey };
    await expect(saveSubscription(gone, { ...data, userAgent: null, name: 'Phone' })).rejects.toThrow(
      SessionEndedError,
    );
    expect(await endpoints(claire.id)).toEqual([]);
  });
});
