import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertManyUsers, insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import type { SqlClient } from '../../db/sql-client';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema, type NotificationInputDraft } from '../../validation/notification';
import type { PushResult, PushSender } from '../types';
import { createDispatcher } from './create-dispatcher';
import { claimDeliveries, deleteOldDeliveries, expireOverdue, recordResults } from './delivery-store';

const notify = (audience: NotificationInputDraft['audience'], extra: Partial<NotificationInputDraft> = {}) =>
  createNotification(notificationInputSchema.parse({ title: 'T', audience, ...extra }), { source: 'api' });

/** Answers 201 after `delayMs`, recording calls and the highest number of sends in flight at once. */
function fakeSender(delayMs = 2, answer: () => PushResult = () => ({ kind: 'response', statusCode: 201, body: '' })) {
  const s = { calls: [] as string[], inFlight: 0, maxInFlight: 0 };
  const sender: PushSender = {
    async send(target) {
      s.calls.push(target.endpoint);
      s.maxInFlight = Math.max(s.maxInFlight, ++s.inFlight);
      await new Promise((r) => setTimeout(r, delayMs));
      s.inFlight--;
      return answer();
    },
    close() {},
  };
  return Object.assign(s, { sender });
}

/** Counts the statements a client runs, by a marker in their text. */
function countingSql(sql: SqlClient, marker: string) {
  const counter = { n: 0 };
  const wrapped: SqlClient = { ...sql, query: (text, params) => { if (text.includes(marker)) counter.n++; return sql.query(text, params); } };
  return { sql: wrapped, counter };
}

describeEachDatabase('dispatcher', (kind) => {
  const database = useTestDatabase(kind);
  const statuses = async () =>
    Object.fromEntries((await database().sql.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "Delivery" GROUP BY status`)).map((r) => [r.status, r.n]));

  beforeEach(async () => {
    await database().sql.exec(`DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`);
  });

  it('keeps at most `concurrency` sends in flight and records outcomes in batches, not one UPDATE each', async () => {
    await insertManyUsers(database().sql, { users: 150, devicesPerUser: 2, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const fake = fakeSender(3);
    const { sql, counter } = countingSql(database().sql, 'UPDATE "Delivery" d');
    const stats = await createDispatcher({ sql, sender: fake.sender, concurrency: 8, flushSize: 100 }).drain();
    expect(stats).toMatchObject({ claimed: 300, sent: 300 });
    expect(fake.maxInFlight).toBe(8);
    expect(new Set(fake.calls).size).toBe(300);
    expect(await statuses()).toEqual({ sent: 300 });
    // Claims are UPDATEs too (16 × batches of 16 … 300/16 ≈ 19) plus a handful of outcome writes.
    expect(counter.n).toBeLessThan(19 + 12);
  });

  it('prepares (encrypts) a claimed batch before its first send, and sends each prepared message once', async () => {
    await insertManyUsers(database().sql, { users: 6, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const events: string[] = [];
    const sender: PushSender = {
      send: async () => {
        throw new Error('send() must not be used when the message was prepared');
      },
      prepare: (target) => {
        events.push(`prepare ${target.endpoint}`);
        return async () => {
          events.push(`post ${target.endpoint}`);
          return { kind: 'response', statusCode: 201, body: '' };
        };
      },
      close() {},
    };
    const stats = await createDispatcher({ sql: database().sql, sender, concurrency: 1, batchSize: 10 }).drain();
    expect(stats).toMatchObject({ claimed: 6, sent: 6 });
    // All six prepared up front, while one slot sends them one by one.
    expect(events.slice(0, 6).every((e) => e.startsWith('prepare '))).toBe(true);
    expect(events.slice(6).every((e) => e.startsWith('post '))).toBe(true);
    expect(new Set(events.slice(6)).size).toBe(6);
    expect(await statuses()).toEqual({ sent: 6 });
  });

  it('on stop() finishes the sends in flight and gives back the rest of its claim, with no lease left behind', async () => {
    await insertManyUsers(database().sql, { users: 60, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const fake = fakeSender(60);
    const d = createDispatcher({ sql: database().sql, sender: fake.sender, concurrency: 4, batchSize: 40 });
    d.start();
    await new Promise((r) => setTimeout(r, 150));
    await d.stop();
    const counts = await statuses();
    expect(counts.sending).toBeUndefined();
    expect(counts.sent).toBe(fake.calls.length);
    expect(counts.pending).toBe(60 - fake.calls.length);
    const leftovers = await database().sql.query(`SELECT id FROM "Delivery" WHERE "lockedUntil" IS NOT NULL OR (status = 'pending' AND attempts <> 0)`);
    expect(leftovers).toEqual([]);
  });

  it('sends at once when woken by a new notification, and a scheduled one when it falls due', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    const fake = fakeSender();
    const d = createDispatcher({ sql: database().sql, sender: fake.sender, idlePollMs: 60_000 });
    d.start();
    try {
      await new Promise((r) => setTimeout(r, 100)); // now asleep for a minute unless woken
      await notify({ kind: 'users', users: ['u1'] });
      await expect.poll(() => fake.calls.length, { timeout: 2000, interval: 20 }).toBe(1);
      const at = Date.now() + 1200;
      await notify({ kind: 'users', users: ['u1'] }, { scheduledAt: new Date(at).toISOString() });
      await new Promise((r) => setTimeout(r, 600));
      expect(fake.calls.length).toBe(1);
      await expect.poll(() => fake.calls.length, { timeout: 3000, interval: 20 }).toBe(2);
      expect(Date.now()).toBeGreaterThanOrEqual(at);
    } finally {
      await d.stop();
    }
  });

  it('does not send cancelled notifications', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1', 'https://push.test/u1b'] }]);
    const n = await notify({ kind: 'users', users: ['u1'] });
    await database().sql.query(`UPDATE "Notification" SET "cancelledAt" = now() WHERE id = $1`, [n.id]);
    const fake = fakeSender();
    expect(await createDispatcher({ sql: database().sql, sender: fake.sender }).drain()).toMatchObject({ cancelled: 2, sent: 0 });
    expect(fake.calls).toEqual([]);
    expect(await database().sql.query(`SELECT status, attempts FROM "Delivery"`)).toEqual([{ status: 'cancelled', attempts: 0 }, { status: 'cancelled', attempts: 0 }]);
  });

  it('drops a late outcome for a row another worker has taken over since (fencing by attempt)', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    const [mine] = await claimDeliveries(database().sql, 10, 1);
    await new Promise((r) => setTimeout(r, 20)); // our 1 ms lease runs out…
    const [theirs] = await claimDeliveries(database().sql, 10, 60_000); // …and another worker claims the row
    expect(theirs.attempts).toBe(mine.attempts + 1);
    expect(await recordResults(database().sql, [{ id: mine.id, attempts: mine.attempts, outcome: { status: 'sent', code: 201 }, attempted: true }])).toBe(0);
    expect(await recordResults(database().sql, [{ id: theirs.id, attempts: theirs.attempts, outcome: { status: 'sent', code: 201 }, attempted: true }])).toBe(1);
  });

  it('expires pending deliveries of expired notifications and deletes finished ones after 30 days', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    const old = await notify({ kind: 'users', users: ['u1'] });
    const stale = await notify({ kind: 'users', users: ['u1'] });
    const sql = database().sql;
    await sql.query(`UPDATE "Delivery" SET status = 'sent', "createdAt" = "createdAt" - interval '31 days' WHERE "notificationId" = $1`, [old.id]);
    await sql.query(`UPDATE "Notification" SET "expiresAt" = now() AT TIME ZONE 'UTC' - interval '1 minute' WHERE id = $1`, [stale.id]);
    expect(await expireOverdue(sql)).toBe(1);
    expect(await deleteOldDeliveries(sql)).toBe(1);
    expect(await sql.query(`SELECT "notificationId", status FROM "Delivery"`)).toEqual([{ notificationId: stale.id, status: 'expired' }]);
  });
});
