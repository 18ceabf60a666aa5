// The whole path against a real push service implementation (web-push-testing checks VAPID and decrypts RFC 8291):
// createNotification → outbox → dispatcher → real sender → push service.
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { startMockPushService, type MockPushService } from '../../../test/push/web-push-testing-server';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { createPushSender } from '../create-push-sender';
import { parseEndpointAllowlist } from '../endpoint-allowlist';
import { createDispatcher } from './create-dispatcher';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describeEachDatabase('dispatcher → web-push-testing', (kind) => {
  const database = useTestDatabase(kind);
  let mock: MockPushService;
  let subs: Array<Awaited<ReturnType<MockPushService['subscribe']>>>;
  const drain = (privatePayloads = false) => {
    const sender = createPushSender({ vapid, allowlist: parseEndpointAllowlist(mock.origin), timeoutMs: 5000, maxSocketsPerOrigin: 4 });
    return createDispatcher({ sql: database().sql, sender, privatePayloads }).drain().finally(() => sender.close());
  };
  const notify = (extra: Record<string, unknown> = {}) =>
    createNotification(notificationInputSchema.parse({ title: 'Tempête', body: 'Restez chez vous ce soir', audience: { kind: 'users', users: ['ana'] }, ...extra }), { source: 'api' });

  beforeAll(async () => {
    mock = await startMockPushService();
  });
  afterAll(() => mock.stop());
  beforeEach(async () => {
    await database().sql.exec(`DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`);
    subs = [await mock.subscribe(vapid.publicKey), await mock.subscribe(vapid.publicKey)];
    await insertUsers(database().sql, [{ id: 'ana', endpoints: [] }]);
    for (const [i, s] of subs.entries()) {
      await database().sql.query(
        `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name) VALUES ($1, 'ana', $2, $3, $4, 'phone')`,
        [`sub${i}`, s.endpoint, s.keys.p256dh, s.keys.auth],
      );
    }
  });

  it('delivers the notification, encrypted and signed, as the JSON the service worker shows', async () => {
    const n = await notify({ tag: 'storm-1', url: '/inbox', actions: [{ type: 'ack', title: 'OK' }] });
    expect(await drain()).toMatchObject({ sent: 2, failed: 0 });
    for (const s of subs) {
      const [message] = await mock.messages(s.clientHash);
      expect(JSON.parse(message)).toMatchObject({
        notificationId: n.id, title: 'Tempête', body: 'Restez chez vous ce soir', url: '/inbox', tag: 'storm-1', renotify: true,
        actions: [{ action: 'ack', title: 'OK' }],
      });
    }
    const devices = await database().sql.query<{ lastSuccessAt: Date | null }>(`SELECT "lastSuccessAt" FROM "PushSubscription"`);
    expect(devices.every((d) => d.lastSuccessAt)).toBe(true);
  });

  it('marks an expired subscription gone and deletes the device', async () => {
    await mock.expire(subs[1].clientHash);
    await notify();
    expect(await drain()).toMatchObject({ sent: 1, gone: 1 });
    expect((await database().sql.query<{ id: string }>(`SELECT id FROM "PushSubscription"`)).map((r) => r.id)).toEqual(['sub0']);
    expect((await database().sql.query<{ status: string }>(`SELECT status FROM "Delivery" ORDER BY status::text`)).map((r) => r.status)).toEqual(['gone', 'sent']);
  });

  it('pushes only the id when the content is over budget, and in private mode', async () => {
    const big = await notify({ body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1500)}` });
    const small = await notify({ title: 'Secret' });
    expect(await drain(true)).toMatchObject({ sent: 4 });
    expect((await mock.messages(subs[0].clientHash)).map((m) => JSON.parse(m)).sort((a, b) => a.notificationId.localeCompare(b.notificationId)))
      .toEqual([{ notificationId: big.id }, { notificationId: small.id }].sort((a, b) => a.notificationId.localeCompare(b.notificationId)));
    const other = await notify({ body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1500)}` });
    await drain(false);
    expect((await mock.messages(subs[1].clientHash)).map((m) => JSON.parse(m))).toContainEqual({ notificationId: other.id });
  });
});
