import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../../../test/databases';
import { pushTestEnv, request, useMockPushService, usePushApiDatabase } from '../../../../../test/api/push-api-harness';
import { userPrincipal } from '../../../../../test/principals';

// PUSH_PRIVATE_PAYLOADS=1, read once per test file (getEnv caches): a test push carries only an id, and its content
// is fetched here, by its owner only, for its lifetime.
pushTestEnv();
process.env.PUSH_PRIVATE_PAYLOADS = '1';
vi.mock('../../../../../lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const { getCurrentUser } = await import('../../../../../lib/auth/session');
const { sendTestNotification } = await import('../../../../../lib/push/dispatcher/send-test-notification');
const { outboxJobs } = await import('../../../../../lib/push/dispatcher/outbox-jobs');
const { getDatabase } = await import('../../../../../lib/db/client');
const sendRoute = await import('../route');
const contentRoute = await import('./route');

describeEachDatabase('a test push with private payloads', (kind) => {
  const { users, as, db } = usePushApiDatabase(kind, getCurrentUser as never);
  const push = useMockPushService(db);
  const device = () => push.device(users.alice.id);
  const fetchContent = (id: string) =>
    contentRoute.GET(request('GET', `/api/push/test/${id}`), { params: Promise.resolve({ id }) });

  it('pushes only an id; the owner’s device fetches the content, as it would have been pushed', async () => {
    const a = await device();
    expect(await (await sendRoute.POST(request('POST', '/api/push/test', { body: {} }))).json()).toEqual({
      delivered: 1,
      gone: 0,
      failed: 0,
    });
    const [message] = await push.mock().messages(a.clientHash);
    const pushed = JSON.parse(message);
    expect(Object.keys(pushed)).toEqual(['testPushId']);
    expect(message).not.toContain('notifications work');

    const res = await fetchContent(pushed.testPushId);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({
      title: 'Crieur: notifications work',
      url: '/settings/notifications',
      tag: 'crieur-test',
      notificationId: '',
      actions: [{ action: 'link-0', title: 'Open', url: '/settings/notifications' }],
      lang: 'en',
    });
  });

  it('the composer’s draft test too; nobody else can read it, nor anyone once it expired', async () => {
    const a = await device();
    const message = { title: 'Coupure d’eau rue Haute', body: 'Demain de 8 h à 12 h', tag: 'draft', lang: 'fr' };
    await sendTestNotification(userPrincipal(users.alice), { message });
    const [pushed] = await push.mock().messages(a.clientHash);
    expect(pushed).not.toContain('Coupure');
    const { testPushId } = JSON.parse(pushed);

    as(users.bob);
    expect((await fetchContent(testPushId)).status).toBe(404);
    as(null);
    expect((await fetchContent(testPushId)).status).toBe(401);
    as(users.alice);
    expect(await (await fetchContent(testPushId)).json()).toMatchObject({ title: message.title, body: message.body });

    await db().testPush.update({ where: { id: testPushId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetchContent(testPushId)).status).toBe(404);
    // The person's next test takes the expired one away.
    await sendTestNotification(userPrincipal(users.alice), { message });
    expect(await db().testPush.findUnique({ where: { id: testPushId } })).toBeNull();
    expect(await db().testPush.count({ where: { userId: users.alice.id } })).toBe(1);
  });

  it('the upkeep job deletes expired test pushes of people who never test again, and keeps live ones', async () => {
    await device();
    await sendTestNotification(userPrincipal(users.alice), { message: { title: 'Un', body: 'x', tag: 'draft' } });
    await sendTestNotification(userPrincipal(users.alice), { message: { title: 'Deux', body: 'x', tag: 'draft' } });
    const tests = await db().testPush.findMany();
    const old = tests.find((t) => JSON.parse(t.content).title === 'Un')!;
    const live = tests.find((t) => JSON.parse(t.content).title === 'Deux')!;
    await db().testPush.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const job = outboxJobs({ sql: getDatabase().sql, sender: { send: vi.fn(), close: vi.fn() }, everyMs: 60_000 }).find(
      (j) => j.name === 'test-push-retention',
    );
    expect(await job!.run()).toEqual({ deleted: 1 });
    expect((await db().testPush.findMany()).map((t) => t.id)).toEqual([live.id]);
  });
});
