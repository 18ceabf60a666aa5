import { describe, expect, it, vi } from 'vitest';
import webpush from 'web-push';
import { describeEachDatabase } from '../../../../test/databases';
import {
  browserSubscription,
  pushTestEnv,
  request,
  useMockPushService,
  usePushApiDatabase,
} from '../../../../test/api/push-api-harness';
import { userPrincipal } from '../../../../test/principals';

pushTestEnv();
vi.mock('../../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { getCurrentUser } = await import('../../../../lib/auth/session');
const { sendTestNotification } = await import('../../../../lib/push/dispatcher/send-test-notification');
const { PayloadOverBudgetError } = await import('../../../../lib/push/dispatcher/payload-over-budget-error');
const subscriptions = await import('../subscriptions/route');
const testRoute = await import('./route');

describeEachDatabase('POST /api/push/test', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);
  const push = useMockPushService(db);
  const device = () => push.device(users.alice.id);
  const send = (body: unknown = {}) => testRoute.POST(request('POST', '/api/push/test', { body }));

  it('sends the test notification through the sender and records the delivery', async () => {
    const a = await device();
    const res = await send({ endpoint: a.endpoint });
    expect(await res.json()).toEqual({ delivered: 1, gone: 0, failed: 0 });
    const [message] = await push.mock().messages(a.clientHash);
    // Built by the outbox's payload builder: the link button carries its URL, and the id is empty (no inbox entry).
    expect(JSON.parse(message)).toMatchObject({
      title: 'Crieur: notifications work',
      url: '/settings/notifications',
      tag: 'crieur-test',
      renotify: true,
      notificationId: '',
      actions: [{ action: 'link-0', title: 'Open', url: '/settings/notifications' }],
      lang: 'en',
      dir: 'ltr',
    });
    expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: a.id } })).lastSuccessAt).toBeInstanceOf(Date);
  });

  it('is written in the person’s language, and the payload says which', async () => {
    const a = await device();
    as({ ...users.alice, locale: 'fr' });
    await send({ endpoint: a.endpoint });
    const [message] = await push.mock().messages(a.clientHash);
    expect(JSON.parse(message)).toMatchObject({
      title: 'Crieur : les notifications fonctionnent',
      actions: [{ action: 'link-0', title: 'Ouvrir' }],
      lang: 'fr',
      dir: 'ltr',
    });
  });

  it('sends to every device without an endpoint; drops one whose push service says it is gone (410)', async () => {
    const a = await device();
    const b = await device();
    await push.mock().expire(b.clientHash);
    expect(await (await send()).json()).toEqual({ delivered: 1, gone: 1, failed: 0 });
    expect(await db().pushSubscription.findMany({ select: { id: true } })).toEqual([{ id: a.id }]);
  });

  it('counts a refused push as failed, on the device and in the log line the outbox writes', async () => {
    const a = await device();
    const other = await push.mock().subscribe(webpush.generateVAPIDKeys().publicKey); // the push service answers 400
    const { endpoint, keys } = other;
    const b = await db().pushSubscription.create({
      data: { userId: users.alice.id, endpoint, ...keys, name: 'Old key' },
    });
    const lines = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await (await send()).json()).toEqual({ delivered: 1, gone: 0, failed: 1 });
      const logged = lines.mock.calls.map(([line]) => JSON.parse(String(line)));
      expect(logged).toEqual([
        expect.objectContaining({
          level: 'warn',
          msg: 'push delivery failed',
          component: 'push-test',
          subscriptionId: b.id,
          origin: push.mock().origin,
          code: 400,
          error: expect.stringMatching(/^HTTP 400/),
        }),
      ]);
    } finally {
      lines.mockRestore();
    }
    expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: b.id } })).failureCount).toBe(1);
    expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: a.id } })).failureCount).toBe(0);
  });

  it('refuses a message over the payload budget without POSTing it', async () => {
    const a = await device();
    const message = { title: 'Too long', body: 'x'.repeat(3000), tag: 'draft' };
    const alice = userPrincipal(users.alice);
    await expect(sendTestNotification(alice, { message })).rejects.toBeInstanceOf(PayloadOverBudgetError);
    expect(await push.mock().messages(a.clientHash)).toEqual([]);
    // The budget is the outbox's: just under it goes through.
    const fits = { ...message, body: 'x'.repeat(2500) };
    expect(await sendTestNotification(alice, { message: fits })).toEqual({ delivered: 1, gone: 0, failed: 0 });
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
    expect(
      (await testRoute.POST(request('POST', '/api/push/test', { body: {}, origin: 'https://evil.example' }))).status,
    ).toBe(403);
  });
});
