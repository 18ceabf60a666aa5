import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { browserSubscription, pushTestEnv, request, usePushApiDatabase, VAPID } from '../../../../test/api/push-api-harness';
import { startMockPushService, type MockPushService } from '../../../../test/push/web-push-testing-server';

pushTestEnv();
vi.mock('../../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, has: () => false }), headers: async () => new Headers() }));

const { getCurrentUser } = await import('../../../../lib/auth/session');
const { setPushSender } = await import('../../../../lib/push/get-push-sender');
const { createPushSender } = await import('../../../../lib/push/create-push-sender');
const { parseEndpointAllowlist } = await import('../../../../lib/push/endpoint-allowlist');
const subscriptions = await import('../subscriptions/route');
const testRoute = await import('./route');

describeEachDatabase('POST /api/push/test', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);
  let mock: MockPushService;
  beforeAll(async () => {
    mock = await startMockPushService();
    setPushSender(createPushSender({ vapid: VAPID, allowlist: parseEndpointAllowlist(mock.origin), timeoutMs: 5000, maxSocketsPerOrigin: 4 }));
  });
  afterAll(async () => {
    setPushSender(undefined);
    await mock?.stop();
  });

  async function device() {
    const s = await mock.subscribe(VAPID.publicKey);
    // The mock's endpoint is http://localhost:<random port>: store it directly (the route's allowlist is the env's).
    const row = await db().pushSubscription.create({ data: { userId: users.alice.id, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth, name: 'Test' } });
    return { ...s, id: row.id };
  }
  const send = (body: unknown = {}) => testRoute.POST(request('POST', '/api/push/test', { body }));

  it('sends the test notification through the sender and records the delivery', async () => {
    const a = await device();
    const res = await send({ endpoint: a.endpoint });
    expect(await res.json()).toEqual({ delivered: 1, gone: 0, failed: 0 });
    const [message] = await mock.messages(a.clientHash);
    expect(JSON.parse(message)).toMatchObject({ title: 'Crieur: notifications work', url: '/settings/notifications', tag: 'crieur-test', actions: [{ action: 'open', title: 'Open' }] });
    expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: a.id } })).lastSuccessAt).toBeInstanceOf(Date);
  });

  it('sends to every device without an endpoint, and removes a subscription the push service says is gone (410)', async () => {
    const a = await device();
    const b = await device();
    await mock.expire(b.clientHash);
    expect(await (await send()).json()).toEqual({ delivered: 1, gone: 1, failed: 0 });
    expect(await db().pushSubscription.findMany({ select: { id: true } })).toEqual([{ id: a.id }]);
  });

  it('answers 404 when the user has no such device, 422 to a bad body, 401 without a session', async () => {
    expect((await send()).status).toBe(404);
    as(users.bob);
    await subscriptions.POST(request('POST', '/api/push/subscriptions', { body: browserSubscription() }));
    as(users.alice);
    expect((await send({ endpoint: 'https://fcm.googleapis.com/fcm/send/other' })).status).toBe(404);
    expect((await send({ endpoint: 42 })).status).toBe(422);
    as(null);
    expect((await send()).status).toBe(401);
  });
});

describe('the test route', () => {
  it('refuses a cross-site POST', async () => {
    expect((await testRoute.POST(request('POST', '/api/push/test', { body: {}, origin: 'https://evil.example' }))).status).toBe(403);
  });
});
