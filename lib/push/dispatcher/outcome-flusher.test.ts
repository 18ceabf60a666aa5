import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { fakeQueryBuilder } from '../../../test/fake-query-builder';
import type { SqlClient } from '../../db/sql-client';
import type { LogLevel } from '../../log/logger';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { claimDeliveries, type ClaimedDelivery } from './delivery-store';
import { createOutcomeFlusher } from './outcome-flusher';
import type { DeliveryResult } from './record-results';

/** The outcome table reduced to the ids written, behind a switch that takes the database down. */
function world() {
  const w = { down: false, tries: 0, written: [] as string[], lines: [] as Array<[LogLevel, string]> };
  // recordResults' one statement: its first parameter is the batch's ids (unnest's first column).
  const kysely = fakeQueryBuilder(async ({ parameters }) => {
    w.tries++;
    if (w.down) throw new Error('connection refused');
    w.written.push(...(parameters[0] as string[]));
    return [{ written: (parameters[0] as string[]).length, gone: null }];
  });
  const sql = { kysely } as SqlClient;
  const log = (level: LogLevel, msg: string) => void w.lines.push([level, msg]);
  return { w, sql, log };
}

const sent = (id: string): DeliveryResult => ({
  id,
  claims: 1,
  outcome: { status: 'sent', code: 201 },
  attempted: true,
  endpoint: `https://push.test/${id}`,
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('outcome flusher', () => {
  it('in an outage, finished sends start no write of their own; one line says so, one when it ends', async () => {
    const { w, sql, log } = world();
    const flusher = createOutcomeFlusher({ sql, log, flushSize: 2, intervalMs: 20, maxUnrecorded: 1000 });
    const stopTicker = flusher.startTicker();
    try {
      w.down = true;
      for (let i = 0; i < 200; i++) {
        flusher.add(sent(`d${i}`));
        if (i % 10 === 0) await pause(1);
      }
      await pause(100);
      // The first full buffer tried once; after that only the ticker, backing off (20, 40, 80 ms…).
      expect(w.tries).toBeLessThan(8);
      expect(w.lines).toEqual([['error', 'recording delivery outcomes failing']]);
      w.down = false;
      await expect.poll(() => w.written.length, { timeout: 6000, interval: 20 }).toBe(200);
      expect(w.lines.at(-1)).toEqual(['info', 'recording delivery outcomes recovered']);
      expect(new Set(w.written).size).toBe(200);
    } finally {
      stopTicker();
    }
  });

  it('holds sends back while maxUnrecorded outcomes wait, until they are written or the wait is released', async () => {
    const { w, sql, log } = world();
    const flusher = createOutcomeFlusher({ sql, log, flushSize: 100, intervalMs: 10_000, maxUnrecorded: 3 });
    for (let i = 0; i < 3; i++) flusher.add(sent(`d${i}`));
    // Room is made by writing what waits, without waiting for the ticker.
    await flusher.waitForRoom(() => false);
    expect(w.written).toEqual(['d0', 'd1', 'd2']);

    w.down = true;
    for (let i = 3; i < 6; i++) flusher.add(sent(`d${i}`));
    let released = false;
    let roomAt: string | undefined;
    const waiting = flusher.waitForRoom(() => released).then(() => (roomAt = 'released'));
    await pause(30);
    expect(roomAt).toBeUndefined();
    released = true;
    flusher.nudge();
    await waiting;
    expect(roomAt).toBe('released');
  });
});

describeEachDatabase('outcome flusher on a database', (kind) => {
  const database = useTestDatabase(kind);

  it('writes the rest of a batch when the database refuses one row, and that row as failed, saying why', async () => {
    const users = ['u0', 'u1', 'u2'];
    await insertUsers(
      database().sql,
      users.map((id) => ({ id, endpoints: [`https://push.test/${id}`] })),
    );
    await createNotification(notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users } }), {
      source: 'api',
    });
    const claimed = await claimDeliveries(database().sql, 10, 60_000);
    const lines: Array<[LogLevel, string]> = [];
    const log = (level: LogLevel, msg: string) => void lines.push([level, msg]);
    const flusher = createOutcomeFlusher({
      sql: database().sql,
      log,
      flushSize: 100,
      intervalMs: 10_000,
      maxUnrecorded: 100,
    });
    const [refused, ...others] = claimed;
    // A status code no int column holds: PostgreSQL refuses the statement (SQLSTATE 22003), whichever row it is in.
    const resultOf = (c: ClaimedDelivery) => ({ ...sent(c.id), claims: c.claims, endpoint: c.endpoint });
    flusher.add({ ...resultOf(refused), outcome: { status: 'sent', code: 2 ** 31 } });
    for (const c of others) flusher.add(resultOf(c));
    await flusher.flush();

    const rows = await database().sql.query<{ id: string; status: string; attempts: number; lastError: string | null }>(
      `SELECT id::text, status, attempts, "lastError" FROM "Delivery" ORDER BY id`,
    );
    expect(rows.filter((r) => r.id !== refused.id).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.find((r) => r.id === refused.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringMatching(/^the push service's answer could not be recorded: .*out of range/),
    });
    expect(lines).toEqual([['error', 'delivery outcome refused by the database, recorded as failed']]);
    expect(flusher.failing).toBe(false);
  });
});
