// The whole path against a real push service implementation (web-push-testing checks VAPID and decrypts RFC 8291):
// createNotification → outbox → dispatcher → real sender → push service.
import { spawn } from 'node:child_process';
import webpush from 'web-push';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { parseDeclarativePush } from '../../../test/declarative-push-parser';
import { databaseUrl, insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { startMockPushService, type MockPushService } from '../../../test/push/web-push-testing-server';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { createPushSender } from '../create-push-sender';
import { createEncryptThreadPool } from '../encryption-pool';
import { parseEndpointAllowlist } from '../endpoint-allowlist';
import type { SqlClient } from '../../db/sql-client';
import { createDispatcher } from './create-dispatcher';

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };

describeEachDatabase('dispatcher → web-push-testing', (kind) => {
  const database = useTestDatabase(kind);
  let mock: MockPushService;
  let subs: Array<Awaited<ReturnType<MockPushService['subscribe']>>>;
  const drain = (privatePayloads = false, encryptThreads = 0, o: { origin?: string; sql?: SqlClient } = {}) => {
    const encryptor = encryptThreads ? createEncryptThreadPool(encryptThreads) : undefined;
    const sender = createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(mock.origin),
      timeoutMs: 5000,
      maxSocketsPerOrigin: 4,
      encryptor,
    });
    const sql = o.sql ?? database().sql;
    return createDispatcher({ sql, sender, privatePayloads, origin: o.origin })
      .drain()
      .finally(() => sender.close());
  };
  const notify = (extra: Record<string, unknown> = {}) =>
    createNotification(
      notificationInputSchema.parse({
        title: 'Tempête',
        body: 'Restez chez vous ce soir',
        audience: { kind: 'users', users: ['ana'] },
        ...extra,
      }),
      { source: 'api' },
    );

  beforeAll(async () => {
    mock = await startMockPushService();
  });
  afterAll(() => mock.stop());
  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
    subs = [await mock.subscribe(vapid.publicKey), await mock.subscribe(vapid.publicKey)];
    await insertUsers(database().sql, [{ id: 'ana', endpoints: [] }]);
    for (const [i, s] of subs.entries()) {
      await database().sql.query(
        `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name)
         VALUES ($1, 'ana', $2, $3, $4, 'phone')`,
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
        notificationId: n.id,
        title: 'Tempête',
        body: 'Restez chez vous ce soir',
        url: '/inbox',
        tag: 'storm-1',
        renotify: true,
        actions: [{ action: 'ack', title: 'OK' }],
      });
    }
    const devices = await database().sql.query<{ lastSuccessAt: Date | null }>(
      `SELECT "lastSuccessAt" FROM "PushSubscription"`,
    );
    expect(devices.every((d) => d.lastSuccessAt)).toBe(true);
  });

  it('sends the declarative form too, with each recipient’s unread count at send time (once per batch)', async () => {
    const origin = 'https://crieur.test';
    const first = await notify({ title: 'Un', url: '/inbox' });
    await notify({ title: 'Deux' });
    // The unread counts are the dispatcher's only LATERAL join.
    const counted: unknown[] = [];
    const kysely = database().sql.kysely.withPlugin({
      transformQuery: ({ node }) => {
        if (node.kind === 'SelectQueryNode' && node.joins?.some((j) => j.joinType.startsWith('Lateral')))
          counted.push(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const sql: SqlClient = { ...database().sql, kysely };
    expect(await drain(false, 0, { origin, sql })).toMatchObject({ sent: 4, failed: 0 });
    expect(counted).toHaveLength(1);
    for (const s of subs) {
      const got = (await mock.messages(s.clientHash)).map((m) => parseDeclarativePush(m, origin));
      expect(got.map((m) => [m.title, m.appBadge]).sort()).toEqual([
        ['Deux', 2],
        ['Un', 2],
      ]);
    }
    await database().sql.query(`UPDATE "NotificationRecipient" SET "readAt" = now() WHERE "notificationId" = $1`, [
      first.id,
    ]);
    await notify({ title: 'Trois' });
    await drain(false, 0, { origin });
    const latest = (await mock.messages(subs[0].clientHash)).map((m) => JSON.parse(m)).find((m) => m.title === 'Trois');
    expect(latest).toMatchObject({ web_push: 8030, app_badge: 2, mutable: true, notification: { title: 'Trois' } });
  });

  it('encrypts ahead on worker threads (a worker’s sender), each message as the service worker reads it', async () => {
    const first = await notify({ title: 'Un' });
    const second = await notify({ title: 'Deux' });
    expect(await drain(false, 2)).toMatchObject({ sent: 4, failed: 0 });
    for (const s of subs) {
      const got = (await mock.messages(s.clientHash)).map((m) => JSON.parse(m));
      expect(got.map((m) => [m.notificationId, m.title]).sort()).toEqual(
        [
          [first.id, 'Un'],
          [second.id, 'Deux'],
        ].sort(),
      );
    }
  });

  if (kind === 'postgres') {
    it('`push:drain` (bundled) sends with the configured keys, allowlist and threads; exits', async () => {
      const n = await notify({ title: 'Depuis le worker' });
      const child = spawn(process.execPath, ['scripts/start-worker.mjs', '--drain'], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: databaseUrl(database()),
          PUSH_ENDPOINT_ALLOWLIST: mock.origin,
          PUSH_ENCRYPT_THREADS: '1',
          VAPID_PUBLIC_KEY: vapid.publicKey,
          VAPID_PRIVATE_KEY: vapid.privateKey,
          VAPID_SUBJECT: vapid.subject,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (b) => (output += b));
      child.stderr!.on('data', (b) => (output += b));
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      expect(code, output).toBe(0);
      expect(output).toMatch(/"push drain finished".*"sent":2/);
      for (const s of subs)
        expect((await mock.messages(s.clientHash)).map((m) => JSON.parse(m).title)).toEqual(['Depuis le worker']);
      expect(
        (
          await database().sql.query<{ status: string }>(`SELECT status FROM "Delivery" WHERE "notificationId" = $1`, [
            n.id,
          ])
        ).map((r) => r.status),
      ).toEqual(['sent', 'sent']);
    }, 60_000);
  }

  it('marks an expired subscription gone and deletes the device', async () => {
    await mock.expire(subs[1].clientHash);
    await notify();
    expect(await drain()).toMatchObject({ sent: 1, gone: 1 });
    expect((await database().sql.query<{ id: string }>(`SELECT id FROM "PushSubscription"`)).map((r) => r.id)).toEqual([
      'sub0',
    ]);
    expect(
      (await database().sql.query<{ status: string }>(`SELECT status FROM "Delivery" ORDER BY status::text`)).map(
        (r) => r.status,
      ),
    ).toEqual(['gone', 'sent']);
  });

  it('pushes only the id when the content is over budget, and in private mode', async () => {
    const big = await notify({ body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1500)}` });
    const small = await notify({ title: 'Secret' });
    expect(await drain(true)).toMatchObject({ sent: 4 });
    expect(
      (await mock.messages(subs[0].clientHash))
        .map((m) => JSON.parse(m))
        .sort((a, b) => a.notificationId.localeCompare(b.notificationId)),
    ).toEqual(
      [{ notificationId: big.id }, { notificationId: small.id }].sort((a, b) =>
        a.notificationId.localeCompare(b.notificationId),
      ),
    );
    const other = await notify({ body: 'é'.repeat(1000), image: `https://img.example/${'a'.repeat(1500)}` });
    await drain(false);
    expect((await mock.messages(subs[1].clientHash)).map((m) => JSON.parse(m))).toContainEqual({
      notificationId: other.id,
    });
  });
});
