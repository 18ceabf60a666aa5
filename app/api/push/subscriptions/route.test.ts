import { describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import {
  browserSubscription,
  params,
  pushTestEnv,
  request,
  usePushApiDatabase,
  VAPID,
} from '../../../../test/api/push-api-harness';

pushTestEnv();
vi.mock('../../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { getCurrentUser } = await import('../../../../lib/auth/session');
const collection = await import('./route');
const one = await import('./[id]/route');
const change = await import('./change/route');

const post = (body: unknown, init: Parameters<typeof request>[2] = {}) =>
  collection.POST(request('POST', '/api/push/subscriptions', { body, ...init }));

describeEachDatabase('push subscription routes', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);

  describe('POST /api/push/subscriptions', () => {
    it('stores the subscription with a readable device name, then only marks it seen, at most hourly', async () => {
      const sub = browserSubscription();
      const first = await post({ ...sub, applicationServerKey: VAPID.publicKey });
      expect(first.status).toBe(201);
      const { device } = await first.json();
      expect(device).toMatchObject({ name: 'Chrome on Windows', lastSuccessAt: null });
      const row = await db().pushSubscription.findUniqueOrThrow({ where: { endpoint: sub.endpoint } });
      expect(row).toMatchObject({
        userId: users.alice.id,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
        vapidPublicKey: VAPID.publicKey,
      });
      expect(row.userAgent).toContain('Chrome/131');

      // Every signed-in page posts it again: "seen" is written at most once an hour…
      await new Promise((r) => setTimeout(r, 5));
      const again = await post(sub);
      expect(again.status).toBe(200);
      const after = await db().pushSubscription.findUniqueOrThrow({ where: { endpoint: sub.endpoint } });
      expect(after.id).toBe(row.id);
      expect(after.lastSeenAt).toEqual(row.lastSeenAt);
      // …and at once when it is older, or when the device was asked "are you still there?" (the answer is this visit).
      const longAgo = new Date(Date.now() - 2 * 3_600_000);
      await db().pushSubscription.update({ where: { id: row.id }, data: { lastSeenAt: longAgo } });
      expect((await post(sub)).status).toBe(200);
      const seen = await db().pushSubscription.findUniqueOrThrow({ where: { id: row.id } });
      expect(seen.lastSeenAt.getTime()).toBeGreaterThan(longAgo.getTime() + 3_600_000);
      await db().pushSubscription.update({ where: { id: row.id }, data: { staleNoticeAt: new Date() } });
      await post(sub);
      const answered = await db().pushSubscription.findUniqueOrThrow({ where: { id: row.id } });
      expect(answered.staleNoticeAt).toBeNull();
    });

    it('moves an endpoint stored for another user to this user (the browser changed hands)', async () => {
      const sub = browserSubscription();
      const aliceRow = (await (await post(sub)).json()).device;
      as(users.bob);
      expect((await post(sub)).status).toBe(201);
      const rows = await db().pushSubscription.findMany({ where: { endpoint: sub.endpoint } });
      expect(rows).toHaveLength(1);
      expect(rows[0].userId).toBe(users.bob.id);
      expect(rows[0].id).not.toBe(aliceRow.id); // the old owner's queued deliveries do not follow the browser
    });

    it('stores one row when the same subscription arrives twice at once (the unique index decides)', async () => {
      const sub = browserSubscription();
      const statuses = (await Promise.all([post(sub), post(sub), post(sub)])).map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
      expect(await db().pushSubscription.count({ where: { endpoint: sub.endpoint } })).toBe(1);
    });

    it('keeps at most 10 devices per user, removing the least recently seen', async () => {
      const subs = Array.from({ length: 11 }, () => browserSubscription());
      for (const s of subs) expect((await post(s)).status).toBe(201);
      const left = await db().pushSubscription.findMany({
        where: { userId: users.alice.id },
        select: { endpoint: true },
      });
      expect(left).toHaveLength(10);
      expect(left.map((r) => r.endpoint)).not.toContain(subs[0].endpoint);
    });

    it('refuses an Origin that is not ours with 403, and an anonymous caller with 401', async () => {
      expect((await post(browserSubscription(), { origin: 'https://evil.example' })).status).toBe(403);
      as(null);
      expect((await post(browserSubscription())).status).toBe(401);
      expect(await db().pushSubscription.count()).toBe(0);
    });

    it('answers 413 to a body over 4 KB and 400 to malformed JSON', async () => {
      const big = { ...browserSubscription(), padding: 'x'.repeat(5000) };
      expect((await post(big)).status).toBe(413);
      const bad = await collection.POST(request('POST', '/api/push/subscriptions', { raw: '{"endpoint":' }));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'malformed_json' });
    });

    const curveOff = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');
    it.each([
      ['no endpoint', (s: ReturnType<typeof browserSubscription>) => ({ keys: s.keys }), 'endpoint'],
      [
        'an http endpoint',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, endpoint: 'http://fcm.googleapis.com/fcm/send/x' }),
        'endpoint',
        'endpoint_scheme',
      ],
      [
        'an unknown push service',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, endpoint: 'https://attacker.example/x' }),
        'endpoint',
        'endpoint_not_allowed',
      ],
      [
        'a literal IP',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, endpoint: 'https://169.254.169.254/latest' }),
        'endpoint',
        'endpoint_ip_literal',
      ],
      [
        'a loopback name',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, endpoint: 'https://localhost/x' }),
        'endpoint',
        'endpoint_private_host',
      ],
      [
        'credentials in the URL',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, endpoint: 'https://u:p@fcm.googleapis.com/x' }),
        'endpoint',
        'endpoint_credentials',
      ],
      ['no keys', (s: ReturnType<typeof browserSubscription>) => ({ endpoint: s.endpoint }), 'keys'],
      [
        'a short p256dh',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, keys: { ...s.keys, p256dh: 'BBBB' } }),
        'keys.p256dh',
        'p256dh_not_p256_point',
      ],
      [
        'a p256dh off the curve',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, keys: { ...s.keys, p256dh: curveOff } }),
        'keys.p256dh',
        'p256dh_not_p256_point',
      ],
      [
        'a p256dh that is not base64url',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, keys: { ...s.keys, p256dh: '!'.repeat(87) } }),
        'keys.p256dh',
        'p256dh_not_p256_point',
      ],
      [
        'an auth of 15 bytes',
        (s: ReturnType<typeof browserSubscription>) => ({
          ...s,
          keys: { ...s.keys, auth: Buffer.alloc(15).toString('base64url') },
        }),
        'keys.auth',
        'auth_not_16_bytes',
      ],
      [
        'a number as auth',
        (s: ReturnType<typeof browserSubscription>) => ({ ...s, keys: { ...s.keys, auth: 42 } }),
        'keys.auth',
      ],
      [
        'a subscription made with another VAPID key',
        (s: ReturnType<typeof browserSubscription>) => ({
          ...s,
          applicationServerKey: 'BOther' + VAPID.publicKey.slice(6),
        }),
        'applicationServerKey',
        'stale_vapid_key',
      ],
    ])('answers 422 naming the field for %s', async (_label, mutate, field, message?: string) => {
      const res = await post(mutate(browserSubscription()));
      expect(res.status).toBe(422);
      const json = await res.json();
      expect(json.error).toBe('invalid');
      expect(Object.keys(json.fields)).toContain(field);
      if (message) expect(json.fields[field]).toBe(message);
      expect(await db().pushSubscription.count()).toBe(0);
    });

    it('allows 30 changes a minute per user, then 429 with Retry-After; marking a device seen is free', async () => {
      const seen = browserSubscription();
      for (let i = 0; i < 30; i++) expect((await post(i === 0 ? seen : browserSubscription())).status).toBe(201);
      const limited = await post(browserSubscription());
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      as(users.bob); // another user has their own budget
      expect((await post(browserSubscription())).status).toBe(201);
    });

    it('does not count re-posting an unchanged subscription', async () => {
      const sub = browserSubscription();
      for (let i = 0; i < 40; i++) expect((await post(sub)).status).toBe(i === 0 ? 201 : 200);
    });
  });

  describe('DELETE /api/push/subscriptions', () => {
    const del = (init: Parameters<typeof request>[2], query = '') =>
      collection.DELETE(request('DELETE', `/api/push/subscriptions${query}`, init));

    it('removes this device by endpoint; another user’s endpoint is 404 and stays', async () => {
      const mine = browserSubscription();
      const theirs = browserSubscription();
      await post(mine);
      as(users.bob);
      await post(theirs);
      as(users.alice);
      expect((await del({ body: { endpoint: theirs.endpoint } })).status).toBe(404);
      expect((await del({ body: { endpoint: mine.endpoint } })).status).toBe(204);
      expect((await db().pushSubscription.findMany()).map((r) => r.endpoint)).toEqual([theirs.endpoint]);
    });

    it('answers 400/422/403/401 to bad requests', async () => {
      expect((await del({ raw: 'nope' })).status).toBe(400);
      const missing = await del({ body: {} });
      expect(missing.status).toBe(422);
      expect((await missing.json()).fields).toHaveProperty('endpoint');
      expect((await del({ body: { endpoint: 'x' }, origin: 'https://evil.example' })).status).toBe(403);
      as(null);
      expect((await del({ body: { endpoint: 'x' } })).status).toBe(401);
    });

    it('?all=1 turns off every device of this user only', async () => {
      await post(browserSubscription());
      await post(browserSubscription());
      as(users.bob);
      await post(browserSubscription());
      as(users.alice);
      const res = await del({}, '?all=1');
      expect(await res.json()).toEqual({ removed: 2 });
      expect(await db().pushSubscription.count({ where: { userId: users.alice.id } })).toBe(0);
      expect(await db().pushSubscription.count({ where: { userId: users.bob.id } })).toBe(1);
    });
  });

  describe('/api/push/subscriptions/[id]', () => {
    async function bobsDevice() {
      as(users.bob);
      const { device } = await (await post(browserSubscription())).json();
      as(users.alice);
      return device.id as string;
    }

    it('renames and removes one of the user’s own devices', async () => {
      const { device } = await (await post(browserSubscription())).json();
      const renamed = await one.PATCH(
        request('PATCH', `/api/push/subscriptions/${device.id}`, { body: { name: '  Kitchen tablet ' } }),
        params({ id: device.id }),
      );
      expect(renamed.status).toBe(200);
      expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: device.id } })).name).toBe('Kitchen tablet');
      expect(
        (await one.DELETE(request('DELETE', `/api/push/subscriptions/${device.id}`), params({ id: device.id }))).status,
      ).toBe(204);
      expect(await db().pushSubscription.count()).toBe(0);
    });

    it('answers 404 for another user’s device (without revealing it) and leaves it alone', async () => {
      const id = await bobsDevice();
      expect((await one.DELETE(request('DELETE', `/api/push/subscriptions/${id}`), params({ id }))).status).toBe(404);
      const patch = await one.PATCH(
        request('PATCH', `/api/push/subscriptions/${id}`, { body: { name: 'mine now' } }),
        params({ id }),
      );
      expect(patch.status).toBe(404);
      expect(await db().pushSubscription.findUniqueOrThrow({ where: { id } })).toMatchObject({
        userId: users.bob.id,
        name: 'Chrome on Windows',
      });
      expect((await one.DELETE(request('DELETE', '/api/push/subscriptions/nope'), params({ id: 'nope' }))).status).toBe(
        404,
      );
    });

    it('refuses an empty or overlong name (422), cross-site calls (403) and anonymous ones (401)', async () => {
      const { device } = await (await post(browserSubscription())).json();
      const ctx = params({ id: device.id });
      for (const name of ['   ', 'x'.repeat(61)]) {
        const res = await one.PATCH(request('PATCH', '/api/push/subscriptions/x', { body: { name } }), ctx);
        expect(res.status).toBe(422);
        expect((await res.json()).fields).toHaveProperty('name');
      }
      expect((await one.DELETE(request('DELETE', '/x', { origin: 'https://evil.example' }), ctx)).status).toBe(403);
      as(null);
      expect((await one.DELETE(request('DELETE', '/x'), ctx)).status).toBe(401);
      expect(await db().pushSubscription.count()).toBe(1);
    });
  });

  describe('POST /api/push/subscriptions/change', () => {
    const postChange = (body: unknown) => change.POST(request('POST', '/api/push/subscriptions/change', { body }));

    it('replaces the old endpoint’s row (same id and name) instead of adding one', async () => {
      const old = browserSubscription();
      const { device } = await (await post(old)).json();
      await one.PATCH(request('PATCH', '/x', { body: { name: 'My phone' } }), params({ id: device.id }));
      const next = browserSubscription();
      const res = await postChange({ oldEndpoint: old.endpoint, subscription: next });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ replaced: true, device: { id: device.id, name: 'My phone' } });
      const rows = await db().pushSubscription.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: device.id, endpoint: next.endpoint, p256dh: next.keys.p256dh });
    });

    it('wins over a row the page already stored for the new endpoint', async () => {
      const old = browserSubscription();
      const next = browserSubscription();
      const { device } = await (await post(old)).json();
      await post(next);
      await postChange({ oldEndpoint: old.endpoint, subscription: next });
      expect(await db().pushSubscription.findMany({ select: { id: true, endpoint: true } })).toEqual([
        { id: device.id, endpoint: next.endpoint },
      ]);
    });

    it('stores the new subscription if the old one is unknown or absent; never touches another’s row', async () => {
      as(users.bob);
      const bobs = browserSubscription();
      await post(bobs);
      as(users.alice);
      const res = await postChange({ oldEndpoint: bobs.endpoint, subscription: browserSubscription() });
      expect(await res.json()).toMatchObject({ replaced: false });
      expect(await db().pushSubscription.count({ where: { endpoint: bobs.endpoint, userId: users.bob.id } })).toBe(1);
      expect((await postChange({ oldEndpoint: null, subscription: browserSubscription() })).status).toBe(201);
      expect(await db().pushSubscription.count({ where: { userId: users.alice.id } })).toBe(2);
    });

    it('validates the new subscription like POST (422 with the field path), and needs a session', async () => {
      const res = await postChange({
        oldEndpoint: 'x',
        subscription: { ...browserSubscription(), endpoint: 'https://10.0.0.1/x' },
      });
      expect(res.status).toBe(422);
      expect((await res.json()).fields).toHaveProperty(['subscription.endpoint']);
      as(null);
      expect((await postChange({ subscription: browserSubscription() })).status).toBe(401);
    });
  });
});

describe('GET /api/push/vapid-public-key', () => {
  it('returns the application server key', async () => {
    const route = await import('../vapid-public-key/route');
    expect(await (await route.GET()).json()).toEqual({ publicKey: VAPID.publicKey });
  });
});
