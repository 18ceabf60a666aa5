import { describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { browserSubscription, pushTestEnv, request, usePushApiDatabase } from '../../../../test/api/push-api-harness';

// Who may take an endpoint already stored for someone else: only the same browser subscription (same p256dh and
// auth), on POST /api/push/subscriptions and on /change alike. Anything else is 409 and changes nothing.
pushTestEnv();
vi.mock('../../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { getCurrentUser } = await import('../../../../lib/auth/session');
const collection = await import('./route');
const change = await import('./change/route');

const post = (body: unknown) => collection.POST(request('POST', '/api/push/subscriptions', { body }));
const postChange = (body: unknown) => change.POST(request('POST', '/api/push/subscriptions/change', { body }));

describeEachDatabase('an endpoint stored for another person', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);

  describe('POST /api/push/subscriptions', () => {
    it('refuses another person’s endpoint with other keys: 409 endpoint_in_use, their device untouched', async () => {
      const sub = browserSubscription();
      await post(sub);
      const before = await db().pushSubscription.findUniqueOrThrow({ where: { endpoint: sub.endpoint } });
      as(users.bob);
      const forged = [
        { ...sub, keys: browserSubscription().keys }, // both keys differ
        { ...sub, keys: { ...sub.keys, auth: browserSubscription().keys.auth } }, // only the auth secret
        { ...sub, keys: { ...sub.keys, p256dh: browserSubscription().keys.p256dh } }, // only the public key
      ];
      for (const body of forged) {
        const res = await post(body);
        expect(res.status).toBe(409);
        expect(await res.json()).toMatchObject({ error: 'endpoint_in_use' });
      }
      expect(await db().pushSubscription.findMany()).toEqual([before]);
    });

    it('lets the same person re-key their own endpoint (same row)', async () => {
      const sub = browserSubscription();
      const { device } = await (await post(sub)).json();
      const rekeyed = { ...sub, keys: browserSubscription().keys };
      expect((await post(rekeyed)).status).toBe(200);
      expect(await db().pushSubscription.findUniqueOrThrow({ where: { endpoint: sub.endpoint } })).toMatchObject({
        id: device.id,
        p256dh: rekeyed.keys.p256dh,
      });
    });
  });

  describe('POST /api/push/subscriptions/change', () => {
    it('refuses another person’s endpoint without their keys (409), with or without an old endpoint', async () => {
      const alices = browserSubscription();
      await post(alices);
      as(users.bob);
      const bobsOld = browserSubscription();
      await post(bobsOld);
      const before = await db().pushSubscription.findMany({ orderBy: { endpoint: 'asc' } });
      const stolen = { ...alices, keys: browserSubscription().keys };
      for (const oldEndpoint of [bobsOld.endpoint, null, undefined, 'https://fcm.googleapis.com/fcm/send/unknown']) {
        const res = await postChange({ oldEndpoint, subscription: stolen });
        expect(res.status).toBe(409);
        expect(await res.json()).toMatchObject({ error: 'endpoint_in_use' });
      }
      expect(await db().pushSubscription.findMany({ orderBy: { endpoint: 'asc' } })).toEqual(before);
    });

    it('moves another person’s endpoint when the keys prove it is the same browser subscription', async () => {
      const shared = browserSubscription();
      await post(shared);
      as(users.bob);
      const bobsOld = browserSubscription();
      const { device } = await (await post(bobsOld)).json();
      const res = await postChange({ oldEndpoint: bobsOld.endpoint, subscription: shared });
      expect(res.status).toBe(200);
      expect(await db().pushSubscription.findMany({ select: { id: true, userId: true, endpoint: true } })).toEqual([
        { id: device.id, userId: users.bob.id, endpoint: shared.endpoint },
      ]);
    });
  });
});
