import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertManyUsers, insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { fakeSender } from '../../../test/fake-push-sender';
import { countStatements, watchStatements } from '../../../test/watch-statements';
import type { SqlClient } from '../../db/sql-client';
import { cancelNotification } from '../../notifications/cancel-notification';
import { createNotification } from '../../notifications/create-notification';
import { adminPrincipal } from '../../../test/principals';
import { notificationInputSchema, type NotificationInputDraft } from '../../validation/notification';
import { HTTP_TIMEOUT } from '../push-network-error';
import type { PushSender } from '../types';
import { SEND_GUARD_TIMEOUT } from './claimed-messages';
import { createDispatcher } from './create-dispatcher';
import { claimDeliveries, deleteOldDeliveries, expireOverdue } from './delivery-store';
import { recordResults } from './record-results';

const notify = (audience: NotificationInputDraft['audience'], extra: Partial<NotificationInputDraft> = {}) =>
  createNotification(notificationInputSchema.parse({ title: 'T', audience, ...extra }), { source: 'api' });

/** The outcome write (the only dispatcher statement that sets "lastAttemptAt") fails: the database is "down" for it. */
const outcomeWritesFail = (sql: SqlClient): SqlClient =>
  watchStatements(sql, (text) => {
    if (text.includes('"lastAttemptAt" =')) throw new Error('connection refused');
  });

describeEachDatabase('dispatcher', (kind) => {
  const database = useTestDatabase(kind);
  const statuses = async () =>
    Object.fromEntries(
      (
        await database().sql.query<{ status: string; n: number }>(
          `SELECT status, count(*)::int AS n FROM "Delivery" GROUP BY status`,
        )
      ).map((r) => [r.status, r.n]),
    );

  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
  });

  it('keeps at most `concurrency` sends in flight and records outcomes in batches, not one UPDATE each', async () => {
    await insertManyUsers(database().sql, { users: 150, devicesPerUser: 2, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const fake = fakeSender(3);
    const { sql, counter } = countStatements(database().sql, 'update "Delivery"');
    const stats = await createDispatcher({ sql, sender: fake.sender, concurrency: 8, flushSize: 100 }).drain();
    expect(stats).toMatchObject({ claimed: 300, sent: 300 });
    expect(fake.maxInFlight).toBe(8);
    expect(new Set(fake.calls).size).toBe(300);
    expect(await statuses()).toEqual({ sent: 300 });
    // Claims are UPDATEs too (batches of 4 × concurrency = 32: 300/32 → 10) plus a handful of outcome writes; one
    // UPDATE per delivery would be 300 more.
    expect(counter.n).toBeGreaterThanOrEqual(10 + 1);
    expect(counter.n).toBeLessThan(10 + 12);
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

  it('on stop() finishes the sends in flight and gives the rest of its claim back, no lease left behind', async () => {
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
    const leftovers = await database().sql.query(
      `SELECT id FROM "Delivery" WHERE "lockedUntil" IS NOT NULL OR (status = 'pending' AND attempts <> 0)`,
    );
    expect(leftovers).toEqual([]);
  });

  it('while outcomes cannot be written, sends stop at concurrency + maxUnrecordedOutcomes, logged once', async () => {
    await insertManyUsers(database().sql, { users: 100, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const fake = fakeSender(2);
    const sql = outcomeWritesFail(database().sql);
    const lines: string[] = [];
    const logger = (level: string, msg: string) => void (level === 'error' && lines.push(msg));
    const d = createDispatcher({
      sql,
      sender: fake.sender,
      logger,
      concurrency: 4,
      batchSize: 100,
      flushSize: 5,
      maxUnrecordedOutcomes: 10,
      flushIntervalMs: 10,
    });
    d.start();
    await expect.poll(() => fake.calls.length, { timeout: 5000, interval: 10 }).toBeGreaterThanOrEqual(10);
    await new Promise((r) => setTimeout(r, 300)); // time for more sends, were they not held back
    expect(fake.calls.length).toBeLessThanOrEqual(4 + 10 - 1);
    await d.stop(); // ends although its outcomes cannot be written
    expect(lines).toEqual(['recording delivery outcomes failing']);
    // Sent rows keep their lease (retried when it ends: the duplicates bounded above); the rest went back.
    expect(await statuses()).toEqual({ sending: fake.calls.length, pending: 100 - fake.calls.length });
  });

  it('a drain whose outcomes cannot be written stops with an error instead of waiting or exiting 0', async () => {
    await insertManyUsers(database().sql, { users: 100, devicesPerUser: 1, endpointBase: 'https://push.test' });
    await notify({ kind: 'everyone' });
    const fake = fakeSender(2);
    const sql = outcomeWritesFail(database().sql);
    const d = createDispatcher({ sql, sender: fake.sender, concurrency: 4, flushSize: 5, maxUnrecordedOutcomes: 10 });
    await expect(d.drain()).rejects.toThrow(/delivery outcomes could not be recorded/);
    expect(fake.calls.length).toBeLessThanOrEqual(4 + 10 - 1);
  });

  it('records a sender that never settles (the guard) apart from a push service that timed out (HTTP)', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/hangs', 'https://push.test/slow'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    const sender: PushSender = {
      // The HTTP timeout is the sender's own answer (PUSH_TIMEOUT_MS); the guard only catches a sender that hangs.
      send: async (target) =>
        target.endpoint.endsWith('/hangs') ? new Promise<never>(() => {}) : { kind: 'network', error: HTTP_TIMEOUT },
      close() {},
    };
    const retry = { maxAttempts: 1, backoffBaseMs: 1, backoffMaxMs: 1 };
    await createDispatcher({ sql: database().sql, sender, sendGuardMs: 50, retry }).drain();
    const rows = await database().sql.query<{ endpoint: string; lastError: string }>(
      `SELECT s.endpoint, d."lastError" FROM "Delivery" d JOIN "PushSubscription" s ON s.id = d."subscriptionId"
        ORDER BY 1`,
    );
    expect(rows).toEqual([
      { endpoint: 'https://push.test/hangs', lastError: `gave up after 1 attempt: network: ${SEND_GUARD_TIMEOUT}` },
      { endpoint: 'https://push.test/slow', lastError: 'gave up after 1 attempt: network: http_timeout' },
    ]);
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
    expect(await createDispatcher({ sql: database().sql, sender: fake.sender }).drain()).toMatchObject({
      cancelled: 2,
      sent: 0,
    });
    expect(fake.calls).toEqual([]);
    expect(await database().sql.query(`SELECT status, attempts FROM "Delivery"`)).toEqual([
      { status: 'cancelled', attempts: 0 },
      { status: 'cancelled', attempts: 0 },
    ]);
  });

  it('cancel means cancelled: once cancelNotification returns, no request of a claimed batch starts', async () => {
    await insertManyUsers(database().sql, { users: 40, devicesPerUser: 1, endpointBase: 'https://push.test' });
    const n = await notify({ kind: 'everyone' });
    const started: number[] = [];
    const sender: PushSender = {
      async send() {
        started.push(performance.now());
        await new Promise((r) => setTimeout(r, 40));
        return { kind: 'response', statusCode: 201, body: '' };
      },
      close() {},
    };
    // One slot, the whole fan-out claimed at once: most of the batch waits for the slot when the cancel comes.
    const dispatcher = createDispatcher({ sql: database().sql, sender, concurrency: 1, batchSize: 40 });
    const draining = dispatcher.drain();
    while (started.length < 3) await new Promise((r) => setTimeout(r, 5));
    await cancelNotification(adminPrincipal(), { notificationId: n.id });
    const returnedAt = performance.now();
    const stats = await draining;
    expect(started.filter((t) => t > returnedAt)).toEqual([]);
    expect(stats.sent).toBe(started.length);
    expect(stats.sent + stats.cancelled).toBe(40);
    expect(await statuses()).toEqual({ sent: stats.sent, cancelled: 40 - stats.sent });
  });

  it('a crashed worker spends no attempt: its claim runs out, the next worker sends, attempts intact', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    for (let i = 0; i < 2; i++) {
      await claimDeliveries(database().sql, 10, 1); // a worker claims for 1 ms, then dies without an answer
      await new Promise((r) => setTimeout(r, 10));
    }
    const fake = fakeSender(1, () => ({ kind: 'response', statusCode: 500, body: '' }));
    const stats = await createDispatcher({
      sql: database().sql,
      sender: fake.sender,
      retry: { maxAttempts: 1, backoffBaseMs: 1, backoffMaxMs: 1 },
    }).drain();
    // With PUSH_MAX_ATTEMPTS=1 the one real request is made (it fails), not "gave up: claimed 3 times".
    expect(fake.calls).toHaveLength(1);
    expect(stats).toMatchObject({ failed: 1 });
    const [row] = await database().sql.query<{ attempts: number; claims: number; lastError: string }>(
      `SELECT attempts, claims, "lastError" FROM "Delivery"`,
    );
    expect(row).toMatchObject({ attempts: 1, claims: 3 });
    expect(row.lastError).toMatch(/gave up after 1 attempt/);
  });

  it('fails a row every worker taking it stops on (4 claims without answers), without sending it again', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    for (let i = 0; i < 4; i++) {
      await claimDeliveries(database().sql, 10, 1);
      await new Promise((r) => setTimeout(r, 5));
    }
    const fake = fakeSender();
    expect(await createDispatcher({ sql: database().sql, sender: fake.sender }).drain()).toMatchObject({ failed: 1 });
    expect(fake.calls).toEqual([]);
    const [row] = await database().sql.query<{ lastError: string }>(`SELECT "lastError" FROM "Delivery"`);
    // The 4 abandoned claims and this one.
    expect(row.lastError).toMatch(/claimed 5 times without an answer/);
  });

  it('drops a late outcome for a row another worker has taken over since (fencing by claim)', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    await notify({ kind: 'users', users: ['u1'] });
    const [mine] = await claimDeliveries(database().sql, 10, 1);
    await new Promise((r) => setTimeout(r, 20)); // our 1 ms lease runs out…
    const [theirs] = await claimDeliveries(database().sql, 10, 60_000); // …and another worker claims the row
    expect(theirs.claims).toBe(mine.claims + 1);
    // The abandoned claim spent no attempt: nothing was recorded as sent by it.
    expect(theirs.attempts).toBe(0);
    const sent = { status: 'sent', code: 201 } as const;
    expect(
      await recordResults(database().sql, [
        { id: mine.id, claims: mine.claims, endpoint: mine.endpoint, outcome: sent, attempted: true },
      ]),
    ).toBe(0);
    expect(
      await recordResults(database().sql, [
        { id: theirs.id, claims: theirs.claims, endpoint: theirs.endpoint, outcome: sent, attempted: true },
      ]),
    ).toBe(1);
    expect(await database().sql.query(`SELECT attempts, claims FROM "Delivery"`)).toEqual([{ attempts: 1, claims: 2 }]);
  });

  it('expires pending deliveries of expired notifications and deletes finished ones after 30 days', async () => {
    await insertUsers(database().sql, [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    const old = await notify({ kind: 'users', users: ['u1'] });
    const stale = await notify({ kind: 'users', users: ['u1'] });
    const sql = database().sql;
    await sql.query(
      `UPDATE "Delivery" SET status = 'sent', "createdAt" = "createdAt" - interval '31 days'
        WHERE "notificationId" = $1`,
      [old.id],
    );
    await sql.query(`UPDATE "Notification" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [stale.id]);
    expect(await expireOverdue(sql)).toBe(1);
    expect(await deleteOldDeliveries(sql)).toBe(1);
    expect(await sql.query(`SELECT "notificationId", status FROM "Delivery"`)).toEqual([
      { notificationId: stale.id, status: 'expired' },
    ]);
  });
});
