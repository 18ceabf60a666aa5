// Worker PROCESSES on one PostgreSQL: SKIP LOCKED claims never hand a delivery to two of them, and a worker killed
// mid-batch loses nothing (its lease runs out and another worker finishes).
import { describe, expect, it } from 'vitest';
import { postgresReachable } from '../../../test/databases';
import { databaseUrl, insertManyUsers, useFaultPushService, useTestDatabase } from '../../../test/delivery-fixtures';
import { startWorkerChild as startWorker } from '../../../test/start-worker-child';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';

const pgUp = await postgresReachable();

(pgUp ? describe : describe.skip)('dispatcher worker processes [PostgreSQL]', () => {
  const database = useTestDatabase('postgres');
  const service = useFaultPushService(database);
  const statuses = async () =>
    Object.fromEntries(
      (
        await database().sql.query<{ status: string; n: number }>(
          `SELECT status, count(*)::int AS n FROM "Delivery" GROUP BY status`,
        )
      ).map((r) => [r.status, r.n]),
    );

  const fanOut = async (users: number, script: string) => {
    await insertManyUsers(database().sql, {
      users,
      devicesPerUser: 1,
      endpointBase: `${service().url}/x`,
      prefix: 'u',
    });
    // Endpoints are <service>/x/u<n>-1: rewrite them to /<id>/<script> so the service counts per device.
    await database().sql.query(`UPDATE "PushSubscription" SET endpoint = $1 || '/' || id || '/' || $2`, [
      service().url,
      script,
    ]);
    return createNotification(notificationInputSchema.parse({ title: 'Fan-out', audience: { kind: 'everyone' } }), {
      source: 'api',
    });
  };

  it('two workers drain 5,000 deliveries: each sent exactly once, both took part', async () => {
    const created = await fanOut(5000, 'slow:1');
    expect(created.deliveries).toBe(5000);
    const url = databaseUrl(database());
    const workers = ['a', 'b'].map((name) =>
      startWorker(url, { WORKER_NAME: name, WORKER_MODE: 'drain', WORKER_CONCURRENCY: '32' }),
    );
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.output.join('')).join('\n')).toEqual([0, 0]);

    expect(service().received).toHaveLength(5000);
    const perDevice = new Map<string, number>();
    for (const r of service().received) perDevice.set(r.id, (perDevice.get(r.id) ?? 0) + 1);
    expect(perDevice.size).toBe(5000);
    expect([...perDevice.values()].every((n) => n === 1)).toBe(true);
    const byWorker = { a: 0, b: 0 } as Record<string, number>;
    for (const r of service().received) byWorker[String(r.headers['x-worker'])]++;
    expect(byWorker.a).toBeGreaterThan(0);
    expect(byWorker.b).toBeGreaterThan(0);
    expect(await statuses()).toEqual({ sent: 5000 });
  }, 120_000);

  it('a worker killed with SIGKILL mid-batch: after its lease runs out another finishes, nothing lost', async () => {
    await fanOut(400, 'slow:40');
    const url = databaseUrl(database());
    const leaseMs = 2000;
    const victim = startWorker(url, {
      WORKER_NAME: 'victim',
      WORKER_MODE: 'run',
      WORKER_CONCURRENCY: '16',
      WORKER_LEASE_MS: String(leaseMs),
    });
    await expect.poll(() => service().received.length, { timeout: 20_000, interval: 10 }).toBeGreaterThan(60);
    victim.kill('SIGKILL');
    const killedAt = Date.now();
    await victim.exited;
    const atKill = await statuses();
    expect(atKill.sending).toBeGreaterThan(0); // it died holding claimed rows
    const held = await database().sql.query<{ id: string; until: Date }>(
      `SELECT "subscriptionId" AS id, "lockedUntil" AS until FROM "Delivery" WHERE status = 'sending'`,
    );
    const heldAtKill = new Map(held.map((r) => [r.id, r.until.getTime()]));

    const rescuer = startWorker(url, {
      WORKER_NAME: 'rescuer',
      WORKER_MODE: 'drain-all',
      WORKER_CONCURRENCY: '16',
      WORKER_LEASE_MS: String(leaseMs),
    });
    expect(await rescuer.exited, rescuer.output.join('')).toBe(0);

    expect(await statuses()).toEqual({ sent: 400 });
    const devices = new Set(service().received.map((r) => r.id));
    expect(devices.size).toBe(400); // every device got it
    // At-least-once: only rows the victim held (sent but not yet recorded) can arrive twice.
    const seen = new Map<string, number>();
    for (const r of service().received) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice.every((id) => heldAtKill.has(id))).toBe(true);
    expect([...seen.values()].every((n) => n <= 2)).toBe(true);
    // Rows the victim held were retaken only once their lease ran out (same clock; 50 ms for rounding).
    const retaken = service().received.filter((r) => r.headers['x-worker'] === 'rescuer' && heldAtKill.has(r.id));
    expect(retaken.length).toBe(heldAtKill.size);
    expect(retaken.filter((r) => r.at < heldAtKill.get(r.id)! - 50)).toEqual([]);
    expect(Math.min(...retaken.map((r) => r.at))).toBeGreaterThan(killedAt);
  }, 120_000);

  it('a worker is woken by NOTIFY at once; on SIGTERM it finishes in flight and gives back the rest', async () => {
    await insertManyUsers(database().sql, {
      users: 200,
      devicesPerUser: 1,
      endpointBase: `${service().url}/x`,
      prefix: 'u',
    });
    await database().sql.query(`UPDATE "PushSubscription" SET endpoint = $1 || '/' || id || '/slow:100'`, [
      service().url,
    ]);
    const url = databaseUrl(database());
    const worker = startWorker(url, {
      WORKER_NAME: 'w',
      WORKER_MODE: 'run',
      WORKER_CONCURRENCY: '8',
      WORKER_IDLE_POLL_MS: '60000',
    });
    // Started and asleep for a minute unless woken: its LISTEN connection shows in pg_stat_activity (a fixed sleep
    // was not enough for a loaded machine to start a tsx child process).
    await expect
      .poll(
        async () =>
          (
            await database().sql.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN %'`,
            )
          ).length,
        { timeout: 30_000, interval: 50 },
      )
      .toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300)); // its first (empty) claim is done: the next one needs the wake-up
    const createdAt = Date.now();
    await createNotification(notificationInputSchema.parse({ title: 'Now', audience: { kind: 'everyone' } }), {
      source: 'api',
    });
    await expect.poll(() => service().received.length, { timeout: 3000, interval: 10 }).toBeGreaterThan(0);
    expect(service().received[0].at - createdAt).toBeLessThan(1500);
    await expect.poll(() => service().received.length, { timeout: 10_000, interval: 10 }).toBeGreaterThan(40);
    worker.kill('SIGTERM');
    expect(await worker.exited, worker.output.join('')).toBe(0);
    const counts = await statuses();
    expect(counts.sending).toBeUndefined();
    expect(counts.sent).toBe(service().received.length); // everything it sent is recorded…
    expect(counts.pending).toBe(200 - service().received.length); // …and the rest is back in the outbox
    expect(
      await database().sql.query(
        `SELECT id FROM "Delivery" WHERE "lockedUntil" IS NOT NULL OR (status = 'pending' AND attempts <> 0)`,
      ),
    ).toEqual([]);
  }, 60_000);
});
