import { beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { countStatements } from '../../../test/watch-statements';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { claimDeliveries } from './delivery-store';
import { LAST_SUCCESS_REFRESH_MS, recordResults, type DeliveryResult } from './record-results';
import type { Outcome } from './outcome';

// The outcome write's cost per message: one statement per batch, and no device row written again by a success
// when the device was reached a moment ago.

const SENT: Outcome = { status: 'sent', code: 201 };
const MINUTE = 60_000;

describeEachDatabase('recording a batch of outcomes', (kind) => {
  const database = useTestDatabase(kind);
  const sql = () => database().sql;

  beforeEach(async () => {
    await sql().exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
  });

  /** Users u0…u(n-1) with one device each (u<i>-d0), all sent one notification, all claimed. */
  async function claimFor(users: number) {
    const ids = Array.from({ length: users }, (_, i) => `u${i}`);
    await insertUsers(
      sql(),
      ids.map((id) => ({ id, endpoints: [`https://push.test/${id}`] })),
    );
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users: ids } });
    await createNotification(input, { source: 'api' });
    const claimed = await claimDeliveries(sql(), users, 60_000);
    const byDevice = new Map(claimed.map((c) => [c.subscriptionId, c]));
    return (device: string, outcome: Outcome): DeliveryResult => {
      const c = byDevice.get(device)!;
      return { id: c.id, claims: c.claims, outcome, attempted: true, endpoint: c.endpoint };
    };
  }

  /** silentClock: whether its silent-device clock runs (unshownSinceAt set; a shown report clears it). */
  const setDevice = (id: string, lastSuccessMsAgo: number | null, failureCount = 0, silentClock = true) =>
    sql().query(
      `UPDATE "PushSubscription" SET "lastSuccessAt" = now() - $2::int * interval '1 millisecond',
              "failureCount" = $3, "unshownSinceAt" = CASE WHEN $4 THEN now() - $2::int * interval '1 millisecond' END
        WHERE id = $1`,
      [id, lastSuccessMsAgo, failureCount, silentClock],
    );

  const device = async (id: string) => {
    const [row] = await sql().query<{ msAgo: number | null; failureCount: number }>(
      `SELECT (extract(epoch FROM now() - "lastSuccessAt") * 1000)::int AS "msAgo", "failureCount"
         FROM "PushSubscription" WHERE id = $1`,
      [id],
    );
    return row;
  };

  /** The browser replaced the subscription (replace-subscription.ts): the same row takes a new endpoint. */
  const replaceEndpoint = (id: string) =>
    sql().query(`UPDATE "PushSubscription" SET endpoint = endpoint || '/new' WHERE id = $1`, [id]);

  it('a success sets lastSuccessAt when it was never set or is older than the refresh interval', async () => {
    const result = await claimFor(2);
    await setDevice('u1-d0', LAST_SUCCESS_REFRESH_MS + 5 * MINUTE);
    expect(await recordResults(sql(), [result('u0-d0', SENT), result('u1-d0', SENT)])).toBe(2);
    expect((await device('u0-d0')).msAgo).toBeLessThan(MINUTE);
    expect((await device('u1-d0')).msAgo).toBeLessThan(MINUTE);
  });

  it('a success leaves a lastSuccessAt set within the refresh interval alone, but clears failures', async () => {
    const result = await claimFor(2);
    await setDevice('u0-d0', 10 * MINUTE);
    await setDevice('u1-d0', 10 * MINUTE, 3);
    expect(await recordResults(sql(), [result('u0-d0', SENT), result('u1-d0', SENT)])).toBe(2);
    // Untouched: still ten minutes ago.
    expect((await device('u0-d0')).msAgo).toBeGreaterThan(9 * MINUTE);
    // Its failures had to be cleared, so the row is written anyway, lastSuccessAt with it.
    expect(await device('u1-d0')).toMatchObject({ failureCount: 0 });
    expect((await device('u1-d0')).msAgo).toBeLessThan(MINUTE);
  });

  it('a success within the refresh interval still restarts a silent clock a shown report stopped', async () => {
    const result = await claimFor(1);
    await setDevice('u0-d0', 10 * MINUTE, 0, false);
    expect(await recordResults(sql(), [result('u0-d0', SENT)])).toBe(1);
    const [row] = await sql().query<{ running: boolean }>(
      `SELECT "unshownSinceAt" IS NOT NULL AS running FROM "PushSubscription" WHERE id = 'u0-d0'`,
    );
    expect(row.running).toBe(true);
    expect((await device('u0-d0')).msAgo).toBeLessThan(MINUTE);
  });

  it('writes a batch of mixed outcomes in one statement, plus one DELETE only when devices are gone', async () => {
    const result = await claimFor(4);
    const retry: Outcome = { status: 'retry', error: 'network: http_timeout', dueAt: new Date(Date.now() + MINUTE) };
    const failed: Outcome = { status: 'failed', code: 400, error: 'HTTP 400' };
    const batch = [result('u0-d0', SENT), result('u1-d0', retry), result('u2-d0', failed)];
    const watched = countStatements(sql(), '');
    expect(await recordResults(watched.sql, batch)).toBe(3);
    expect(watched.counter.n).toBe(1);

    const withGone = countStatements(sql(), '');
    expect(await recordResults(withGone.sql, [result('u3-d0', { status: 'gone', code: 410 })])).toBe(1);
    expect(withGone.counter.n).toBe(2);
    expect(await device('u3-d0')).toBeUndefined();
  });

  it('an answer from an endpoint the device has replaced since leaves the device alone', async () => {
    const result = await claimFor(3);
    await setDevice('u1-d0', null, 2);
    for (const id of ['u0-d0', 'u1-d0', 'u2-d0']) await replaceEndpoint(id);
    const failed: Outcome = { status: 'failed', code: 400, error: 'HTTP 400' };
    const batch = [result('u0-d0', { status: 'gone', code: 410 }), result('u1-d0', failed), result('u2-d0', SENT)];
    // The deliveries are written: the answer is about them.
    expect(await recordResults(sql(), batch)).toBe(3);
    // The devices are not: the new endpoint is not the one that answered.
    expect(await device('u0-d0')).toBeDefined();
    expect(await device('u1-d0')).toMatchObject({ failureCount: 2 });
    expect(await device('u2-d0')).toMatchObject({ msAgo: null });
  });

  it("records an answer whose body holds a NUL character (PostgreSQL's text cannot), without it", async () => {
    const result = await claimFor(1);
    const dueAt = new Date(Date.now() + MINUTE);
    expect(
      await recordResults(sql(), [result('u0-d0', { status: 'retry', code: 500, error: 'HTTP 500: a\0b', dueAt })]),
    ).toBe(1);
    const [row] = await sql().query(`SELECT status, "lastError" FROM "Delivery"`);
    expect(row).toEqual({ status: 'pending', lastError: 'HTTP 500: ab' });
  });

  describe('a claim given back (nothing could be tried)', () => {
    const notTried: Outcome = { status: 'retry', error: 'could not check for a cancel', dueAt: new Date() };
    const excused = async () =>
      Object.fromEntries(
        (
          await sql().query<{ sub: string; excusedClaims: number }>(
            `SELECT "subscriptionId" AS sub, "excusedClaims" FROM "Delivery"`,
          )
        ).map((r) => [r.sub, r.excusedClaims]),
      );

    it('is excused from the stuck-row guard, only with no request made and the row queued again', async () => {
      const result = await claimFor(3);
      const giveBack = (device: string, outcome: Outcome, attempted: boolean) => ({
        ...result(device, outcome),
        attempted,
        giveBack: true,
      });
      const failed: Outcome = { status: 'failed', error: 'gave up' };
      const batch = [
        giveBack('u0-d0', notTried, false),
        giveBack('u1-d0', notTried, true),
        giveBack('u2-d0', failed, false),
      ];
      expect(await recordResults(sql(), batch)).toBe(3);
      expect(await excused()).toEqual({ 'u0-d0': 1, 'u1-d0': 0, 'u2-d0': 0 });
      const [row] = await sql().query(
        `SELECT status, claims, attempts FROM "Delivery" WHERE "subscriptionId" = 'u0-d0'`,
      );
      expect(row).toEqual({ status: 'pending', claims: 1, attempts: 0 });
    });

    it('written twice (its acknowledgement lost, written again), does not land on the next claim', async () => {
      const result = await claimFor(1);
      const givenBack = { ...result('u0-d0', notTried), attempted: false, giveBack: true };
      expect(await recordResults(sql(), [givenBack])).toBe(1);
      const [next] = await claimDeliveries(sql(), 10, 60_000);
      expect(await recordResults(sql(), [givenBack])).toBe(0);
      expect(await recordResults(sql(), [{ ...result('u0-d0', SENT), claims: next.claims }])).toBe(1);
    });
  });
});
