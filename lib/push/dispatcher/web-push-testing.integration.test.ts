// The whole path against a real push service implementation (web-push-testing checks VAPID and decrypts RFC 8291):
// createNotification → outbox → dispatcher → real sender → push service.
import { spawn } from 'node:child_process';
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { databaseUrl, insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { startMockPushService, type MockPushService } from '../../../test/push/web-push-testing-server';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { createPushSender } from '../create-push-sender';
import { createEncryptThreadPool } from '../encryption-pool';
import { parseEndpointAllowlist } from '../endpoint-allowlist';
import { createDispatcher } from './create-dispatcher';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describeEachDatabase('dispatcher → web-push-testing', (kind) => {
  const database = useTestDatabase(kind);
  let mock: MockPushService;
  let subs: Array<Awaited<ReturnType<MockPushService['subscribe']>>>;
  const drain = (privatePayloads = false, encryptThreads = 0) => {
    const encryptor = encryptThreads ? createEncryptThreadPool(encryptThreads) : undefined;
    const sender = createPushSender({ vapid, allowlist: parseEndpointAllowlist(mock.origin), timeoutMs: 5000, maxSocketsPerOrigin: 4, encryptor });
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

  it('encrypts ahead on worker threads (a worker process’s sender): each message its own, as the service worker reads it', async () => {
    const first = await notify({ title: 'Un' });
    const second = await notify({ title: 'Deux' });
    expect(await drain(false, 2)).toMatchObject({ sent: 4, failed: 0 });
    for (const s of subs) {
      const got = (await mock.messages(s.clientHash)).map((m) => JSON.parse(m));
      expect(got.map((m) => [m.notificationId, m.title]).sort()).toEqual([[first.id, 'Un'], [second.id, 'Deux']].sort());
    }
  });

  if (kind === 'postgres') {
    it('`npm run push:drain` (scripts/worker.ts) sends with the configured keys, allowlist and threads, then exits', async () => {
      const n = await notify({ title: 'Depuis le worker' });
      const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts', '--drain'], {
        env: {
          ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl(database()), PUSH_ENDPOINT_ALLOWLIST: mock.origin, PUSH_ENCRYPT_THREADS: '1',
          VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: vapid.subject, LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (b) => (output += b));
      child.stderr!.on('data', (b) => (output += b));
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      expect(code, output).toBe(0);
      expect(output).toMatch(/"push drain finished".*"sent":2/);
      for (const s of subs) expect((await mock.messages(s.clientHash)).map((m) => JSON.parse(m).title)).toEqual(['Depuis le worker']);
      expect((await database().sql.query<{ status: string }>(`SELECT status FROM "Delivery" WHERE "notificationId" = $1`, [n.id])).map((r) => r.status)).toEqual(['sent', 'sent']);
    }, 60_000);
  }

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
