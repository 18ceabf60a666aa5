import webpush from 'web-push';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertManyUsers, insertUsers, useFaultPushService, useTestDatabase } from '../../../test/delivery-fixtures';
import { fakeSender, sentTwice } from '../../../test/fake-push-sender';
import { adminPrincipal } from '../../../test/principals';
import { freePort } from '../../../test/push/web-push-testing-server';
import { watchStatements } from '../../../test/watch-statements';
import { cancelNotification } from '../../notifications/cancel-notification';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema, type NotificationInputDraft } from '../../validation/notification';
import { createPushSender } from '../create-push-sender';
import { inlineEncryptor, type PushEncryptor } from '../encrypt-aes128gcm';
import { parseEndpointAllowlist } from '../endpoint-allowlist';
import { CANCEL_WAIT_MS } from './cancel-watch';
import { createDispatcher } from './create-dispatcher';

// What a claim promises while its rows wait in the dispatcher's memory (for a slot, their encryption or a
// connection): a delivery is sent at most once, a cancel that returned stops it, and nothing spends an attempt or
// the guard against stuck rows unless a request was written.

const notify = (audience: NotificationInputDraft['audience'], extra: Partial<NotificationInputDraft> = {}) =>
  createNotification(notificationInputSchema.parse({ title: 'T', audience, ...extra }), { source: 'api' });
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@crieur.example.org' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Encrypts with `encrypt` instead of a worker thread (a slow one, one that died). */
const encryptorDoing = (encrypt: PushEncryptor['encrypt']): PushEncryptor => ({
  threads: 1,
  encrypt,
  close: async () => undefined,
});

describeEachDatabase('a claimed delivery', (kind) => {
  const database = useTestDatabase(kind);
  const service = useFaultPushService(database);
  const rows = () =>
    database().sql.query<{ status: string; attempts: number; lastError: string | null; failureCount: number }>(
      `SELECT d.status, d.attempts, d."lastError", s."failureCount"
       FROM "Delivery" d LEFT JOIN "PushSubscription" s ON s.id = d."subscriptionId" ORDER BY d.id`,
    );
  const realSender = (encryptor: PushEncryptor, timeoutMs = 5000, origin = service().url) =>
    createPushSender({
      vapid,
      allowlist: parseEndpointAllowlist(origin),
      timeoutMs,
      maxSocketsPerOrigin: 4,
      encryptor,
    });

  it('does not start once its lease could run out mid-send: given back, and every device gets it once', async () => {
    await insertManyUsers(database().sql, { users: 8, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    // Two workers, one slot each, 200 ms a push, a 1 s lease of which 600 ms are left to start (1,000 − 300 of send
    // guard − 2 × 50 of outcome write). The first claims all 8 rows; the second takes those whose lease ran out.
    const fake = fakeSender(200);
    const worker = () =>
      createDispatcher({
        sql: database().sql,
        sender: fake.sender,
        concurrency: 1,
        batchSize: 8,
        leaseMs: 1000,
        sendGuardMs: 300,
        flushIntervalMs: 50,
        idlePollMs: 100,
      });
    const first = worker().drain({ waitForRetries: true });
    await sleep(50);
    await Promise.all([first, worker().drain({ waitForRetries: true })]);
    expect(sentTwice(fake.calls)).toEqual([]);
    expect(fake.calls).toHaveLength(8);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual(Array(8).fill(['sent', 1]));
  });

  it('whose cancel look fails goes back with its claim undone: sent once the look works, not failed', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    let lookFails = true;
    // The cancel look is the only statement that asks for cancelled notifications without claiming.
    const sql = watchStatements(database().sql, (text) => {
      if (lookFails && text.includes('"cancelledAt" is not null') && !text.includes('"claims"')) {
        throw new Error('connection lost');
      }
    });
    const fake = fakeSender();
    // More failed looks than the guard against stuck rows allows claims without an answer.
    for (let i = 0; i < 6; i++) {
      await createDispatcher({ sql, sender: fake.sender, idlePollMs: 1 }).drain();
      await sleep(5);
    }
    expect(fake.calls).toEqual([]);
    expect((await rows())[0]).toMatchObject({ status: 'pending', attempts: 0 });
    lookFails = false;
    await sleep(5);
    await createDispatcher({ sql, sender: fake.sender }).drain();
    expect(fake.calls).toEqual(['https://push.test/u1']);
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps its content while other notifications fill the cache: never taken for cancelled', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    // 1,499 notifications, n0 twice: at the head of the queue and again in the third batch, after 999 others were
    // loaded (the cache keeps 1,000).
    await database().sql.exec(
      `INSERT INTO "Notification"(id, title, body, audience, "expiresAt")
       SELECT 'n' || g, 'T' || g, '', '{"kind":"everyone"}', now() + interval '1 day' FROM generate_series(0, 1498) g;
       INSERT INTO "Delivery"("notificationId", "subscriptionId", "userId", "deviceName", "dueAt")
       SELECT CASE WHEN p = 0 OR p = 1000 THEN 'n0' WHEN p < 1000 THEN 'n' || p ELSE 'n' || (p - 1) END,
              'u1-d0', 'u1', 'd', now() - interval '1 hour' + p * interval '1 millisecond'
       FROM generate_series(0, 1499) p;`,
    );
    const fake = fakeSender(0);
    const stats = await createDispatcher({ sql: database().sql, sender: fake.sender, concurrency: 50 }).drain();
    expect(stats).toMatchObject({ sent: 1500, cancelled: 0 });
  });

  it('whose encryption fails spends no attempt and counts no failure against the device', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: [`${service().url}/enc/201`] }]);
    await notify({ kind: 'users', users: ['u1'] });
    const sender = realSender(encryptorDoing(() => Promise.reject(new Error('encryption thread exited'))));
    await createDispatcher({ sql: database().sql, sender, idlePollMs: 5 }).drain({ waitForRetries: true });
    sender.close();
    expect(service().received).toEqual([]);
    // Claimed over and over with nothing sent: the guard against stuck rows ends it, with no attempt counted.
    expect((await rows())[0]).toMatchObject({ status: 'failed', attempts: 0, failureCount: 0 });
  });

  it('is not sent when a cancel returns while it waits for its encryption', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: [`${service().url}/slow/201`] }]);
    const n = await notify({ kind: 'users', users: ['u1'] });
    const slowly = encryptorDoing(async (job) => {
      await sleep(1500);
      return inlineEncryptor.encrypt(job);
    });
    const sender = realSender(slowly);
    const draining = createDispatcher({ sql: database().sql, sender }).drain();
    await sleep(300); // claimed, looked at (not cancelled yet), now waiting for its encryption
    await cancelNotification(adminPrincipal(), { notificationId: n.id });
    await draining;
    sender.close();
    expect(service().received).toEqual([]);
    expect((await rows())[0]).toMatchObject({ status: 'cancelled', attempts: 0 });
  });

  it('whose connection fails after a cancel returned is recorded cancelled: nothing written, no attempt', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`; // nothing listens there: connections are refused
    await insertUsers(database().sql, [{ id: 'u1', endpoints: [`${closed}/push/1`] }]);
    const n = await notify({ kind: 'users', users: ['u1'] });
    const sender = realSender(
      encryptorDoing(async (job) => (await sleep(800), inlineEncryptor.encrypt(job))),
      5000,
      closed,
    );
    const draining = createDispatcher({ sql: database().sql, sender }).drain();
    await sleep(300); // claimed, waiting for its encryption; the connection then is refused before any write
    await cancelNotification(adminPrincipal(), { notificationId: n.id });
    await draining;
    sender.close();
    expect((await rows())[0]).toMatchObject({ status: 'cancelled', attempts: 0, failureCount: 0 });
  });

  it('is not sent once its device is removed, from a fence after the removal on', async () => {
    await insertManyUsers(database().sql, { users: 6, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    // One slot, 300 ms a push: the last rows of the batch start well over a second after their claim.
    const fake = fakeSender(300);
    const draining = createDispatcher({ sql: database().sql, sender: fake.sender, concurrency: 1 }).drain();
    while (!fake.calls.length) await sleep(5);
    await database().sql.exec(`DELETE FROM "PushSubscription"`); // every owner turned them off
    const removedAt = Date.now();
    await draining;
    expect(fake.at.filter((t) => t > removedAt + CANCEL_WAIT_MS)).toEqual([]);
    expect(fake.calls.length).toBeLessThan(6);
    expect((await rows()).filter((r) => r.status === 'gone').length).toBe(6 - fake.calls.length);
  });
});
