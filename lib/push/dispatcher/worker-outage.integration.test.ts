// A worker PROCESS against a PostgreSQL that goes away: started before it, and restarted under it. The server is a
// private cluster (test/private-postgres.ts): the shared one must never be stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUsers } from '../../../test/delivery-fixtures';
import { startFaultPushService, type FaultPushService } from '../../../test/fault-push-service';
import { createPrivatePostgres, findPostgresBin, type PrivatePostgres } from '../../../test/private-postgres';
import { logLinesOf, startWorkerChild, type WorkerChild } from '../../../test/start-worker-child';
import { openDatabase, setDatabase, type Database } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';

const bin = findPostgresBin();
if (!bin) console.warn('\n  ⚠ no initdb/pg_ctl under /usr/lib/postgresql/*/bin: worker outage tests are SKIPPED\n');

(bin ? describe : describe.skip)('a worker across PostgreSQL outages [private cluster]', () => {
  let cluster: PrivatePostgres;
  let database: Database;
  let service: FaultPushService;

  beforeAll(async () => {
    cluster = await createPrivatePostgres(bin!);
    await cluster.start();
    database = openDatabase({ kind: 'postgres', url: cluster.url }, { poolSize: 2 });
    await runMigrations(database.sql);
    setDatabase(database);
    service = await startFaultPushService();
    await insertUsers(database.sql, [{ id: 'u1', endpoints: [`${service.url}/u1/201`] }]);
  }, 120_000);

  afterAll(async () => {
    setDatabase(undefined);
    await database?.close();
    await service?.close();
    await cluster?.destroy();
  });

  // Asleep for a minute unless woken: a push that arrives within a second came through LISTEN/NOTIFY.
  const startWorker = () =>
    startWorkerChild(cluster.url, { WORKER_MODE: 'run', WORKER_IDLE_POLL_MS: '60000', WORKER_LOG_LEVEL: 'info' });
  const stopWorker = async (worker: WorkerChild) => {
    worker.kill('SIGTERM');
    return worker.exited;
  };
  const listening = async () =>
    (await database.sql.query(`SELECT 1 FROM pg_stat_activity WHERE query ILIKE 'LISTEN %'`).catch(() => [])).length;
  const messagesOf = (worker: WorkerChild, prefix: string) =>
    logLinesOf(worker)
      .map((l) => l.msg)
      .filter((m) => m.startsWith(prefix));

  /** Creates a notification for u1 and returns the milliseconds until the push service received it. */
  async function firstPushMs(): Promise<number> {
    const before = service.received.length;
    const at = Date.now();
    const input = notificationInputSchema.parse({ title: 'Now', audience: { kind: 'users', users: ['u1'] } });
    await createNotification(input, { source: 'api' });
    await expect.poll(() => service.received.length, { timeout: 10_000, interval: 10 }).toBeGreaterThan(before);
    return service.received.at(-1)!.at - at;
  }

  it('a worker started while PostgreSQL is down retries with backoff, logging it once, then sends', async () => {
    await cluster.stop();
    const worker = startWorker();
    try {
      const failing = () => messagesOf(worker, 'connecting to the database');
      await expect.poll(failing, { timeout: 30_000, interval: 50 }).toEqual(['connecting to the database failing']);
      await new Promise((r) => setTimeout(r, 2000)); // several more tries (100 ms doubling…): still one line
      expect(worker.exitCode).toBeNull();
      expect(failing()).toEqual(['connecting to the database failing']);
      await cluster.start();
      await expect.poll(listening, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
      expect(failing()).toEqual(['connecting to the database failing', 'connecting to the database recovered']);
      const recovered = logLinesOf(worker).find((l) => l.msg === 'connecting to the database recovered')!;
      expect(recovered.failures).toBeGreaterThan(3);
      expect(await firstPushMs()).toBeLessThan(1500);
    } finally {
      expect(await stopWorker(worker), worker.output.join('')).toBe(0);
    }
  }, 120_000);

  it('after a PostgreSQL restart the worker LISTENs again: wake-ups take ms again, not its idle poll', async () => {
    const worker = startWorker();
    try {
      // "started" is logged once it LISTENs: whoever waits for that line (the benchmark) misses no NOTIFY.
      const started = () => messagesOf(worker, 'push dispatcher started').length;
      await expect.poll(started, { timeout: 30_000, interval: 10 }).toBe(1);
      expect(await listening()).toBeGreaterThan(0);
      expect(await firstPushMs()).toBeLessThan(1500);
      await cluster.stop('fast');
      await cluster.start();
      await expect.poll(listening, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
      expect(await firstPushMs()).toBeLessThan(1500);
      expect(messagesOf(worker, 'wake-up listener')).toEqual([
        'wake-up listener (falling back to polling meanwhile) failing',
        'wake-up listener (falling back to polling meanwhile) recovered',
      ]);
    } finally {
      expect(await stopWorker(worker), worker.output.join('')).toBe(0);
    }
  }, 120_000);
});
