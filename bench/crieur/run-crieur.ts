// Contender 4, the real pipeline: createNotification for an audience of n devices stored in PostgreSQL (the
// notification, its recipients and n outbox rows in one transaction) → NOTIFY → the dispatcher process claims,
// encrypts, POSTs to the receiver → every Delivery row marked sent. Then, queue idle, the created → first push
// latency of single-recipient notifications.
import { performance } from 'node:perf_hooks';
import { openDatabase, setDatabase } from '../../lib/db/client';
import { runMigrations } from '../../lib/db/migrate';
import type { SqlClient } from '../../lib/db/sql-client';
import { createNotification } from '../../lib/notifications/create-notification';
import type { VapidConfig } from '../../lib/push/types';
import { notificationInputSchema } from '../../lib/validation/notification';
import type { SubscriptionKeys } from '../key-pool';
import { benchNotification } from '../payload';
import { receiverCpuShare, type Receiver } from '../receiver-client';
import { startDispatcher, type DispatcherEnv, type DispatcherProcess } from './dispatcher-process';
import { createThrowawayDatabase } from './postgres';
import { startPostgresCpuMeter } from './postgres-cpu-meter';
import { LATENCY_PATH, latencyUserId, seedAudience } from './seed';

export type CrieurRun = {
  n: number;
  /** Dispatcher processes sharing the one PostgreSQL (2 in the scale-out run). */
  workers: number;
  createSeconds: number;
  allReceivedSeconds: number;
  allSentSeconds: number;
  perSecond: number;
  usPerMessage: number;
  statuses: Record<string, number>;
  cpu: {
    dispatcherUsPerMessage: number;
    postgresUsPerMessage: number;
    benchUsPerMessage: number;
    receiverShare: number;
  };
  peakRssMb: number;
  latency?: { samples: number[]; p50: number; p95: number; max: number; createMs: number[] };
};

export type CrieurOptions = {
  n: number;
  keys: SubscriptionKeys[];
  receiver: Receiver;
  vapid: VapidConfig;
  concurrency: number;
  latencySamples: number;
  /** The citizens' devices last reached this many minutes ago (null: never, every device new). */
  reachedAgoMinutes?: number | null;
  /** Dispatcher processes (the production worker, `npm run worker`), all on the one PostgreSQL. */
  workers?: number;
  profileDir?: string;
  log: (line: string) => void;
};

const nowMs = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function statusCounts(sql: SqlClient, notificationId: string): Promise<Record<string, number>> {
  const rows = await sql.query<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM "Delivery" WHERE "notificationId" = $1 GROUP BY status`,
    [notificationId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function runCrieur(o: CrieurOptions): Promise<CrieurRun> {
  const tmp = await createThrowawayDatabase();
  const database = openDatabase({ kind: 'postgres', url: tmp.url }, { poolSize: 4 });
  setDatabase(database);
  try {
    const { sql } = database;
    await runMigrations(sql);
    const t = performance.now();
    await seedAudience(sql, {
      keys: o.keys,
      citizens: o.n,
      admins: o.latencySamples,
      origin: o.receiver.origin,
      vapidPublicKey: o.vapid.publicKey,
      reachedAgoMinutes: o.reachedAgoMinutes ?? null,
    });
    o.log(
      `  seeded ${o.n} citizens and ${o.latencySamples} admins with one device each ` +
        `in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const dispatcher = await startDispatchers(o.workers ?? 1, {
      databaseUrl: tmp.url,
      receiverOrigin: o.receiver.origin,
      vapid: o.vapid,
      concurrency: o.concurrency,
      profileDir: o.profileDir,
      caFile: o.receiver.tls?.certFile,
    });
    try {
      const run = await fanOut(o, sql, dispatcher);
      if (o.latencySamples) run.latency = await idleLatency(o);
      run.peakRssMb = (await dispatcher.stop()).peakRssMb;
      return run;
    } catch (err) {
      await dispatcher.stop().catch(() => undefined);
      throw err;
    }
  } finally {
    setDatabase(undefined);
    await database.close();
    await tmp.drop();
  }
}

async function fanOut(o: CrieurOptions, sql: SqlClient, dispatcher: DispatcherProcess): Promise<CrieurRun> {
  const input = notificationInputSchema.parse(benchNotification({ kind: 'role', role: 'citizen' }));
  const postgresCpu = await startPostgresCpuMeter(sql);
  const before = {
    receiver: await o.receiver.stats(),
    dispatcher: dispatcher.cpuSeconds(),
    bench: process.cpuUsage(),
  };
  const t0 = performance.now();
  const created = await createNotification(input, { source: 'api' });
  const createSeconds = (performance.now() - t0) / 1000;
  if (created.deliveries !== o.n)
    throw new Error(`createNotification wrote ${created.deliveries} deliveries, expected ${o.n}`);
  const received = await o.receiver.waitForRequests(before.receiver.requests + o.n, { pollMs: 100 });
  const allReceivedSeconds = (performance.now() - t0) / 1000;
  // Every push has arrived; what is left is the last outcome batch being written. Poll tightly for the tail only.
  let statuses: Record<string, number>;
  for (;;) {
    statuses = await statusCounts(sql, created.id);
    if (!statuses.pending && !statuses.sending) break;
    if (performance.now() - t0 > allReceivedSeconds * 1000 + 60_000)
      throw new Error(`deliveries still unfinished a minute after the last push: ${JSON.stringify(statuses)}`);
    await sleep(10);
  }
  const allSentSeconds = (performance.now() - t0) / 1000;
  const after = {
    receiver: await o.receiver.stats(),
    dispatcher: dispatcher.cpuSeconds(),
    pg: await postgresCpu.stop(),
    bench: process.cpuUsage(before.bench),
  };
  if ((statuses.sent ?? 0) !== o.n)
    throw new Error(`only ${statuses.sent ?? 0} of ${o.n} deliveries were marked sent: ${JSON.stringify(statuses)}`);
  if (received.invalid > before.receiver.invalid)
    throw new Error(`the receiver saw ${received.invalid - before.receiver.invalid} malformed pushes`);
  const perMessage = (seconds: number) => (seconds * 1e6) / o.n;
  return {
    n: o.n,
    workers: o.workers ?? 1,
    createSeconds,
    allReceivedSeconds,
    allSentSeconds,
    perSecond: o.n / allSentSeconds,
    usPerMessage: perMessage(allSentSeconds),
    statuses,
    cpu: {
      dispatcherUsPerMessage: perMessage(after.dispatcher - before.dispatcher),
      postgresUsPerMessage: perMessage(after.pg),
      benchUsPerMessage: perMessage((after.bench.user + after.bench.system) / 1e6),
      receiverShare: receiverCpuShare(before.receiver, after.receiver),
    },
    peakRssMb: NaN,
  };
}

/** Single-recipient notifications one at a time, the dispatcher idle in between: created → received by the receiver. */
async function idleLatency(o: CrieurOptions): Promise<NonNullable<CrieurRun['latency']>> {
  const samples: number[] = [];
  const createMs: number[] = [];
  for (let i = 0; i < o.latencySamples; i++) {
    // Long enough for the dispatcher to finish its loop and go back to sleep: the queue is idle when we create.
    await sleep(100 + Math.random() * 50);
    const arrival = o.receiver.arrival(`${LATENCY_PATH}${i}`);
    const input = notificationInputSchema.parse(benchNotification({ kind: 'users', users: [latencyUserId(i)] }));
    const t0 = nowMs();
    const created = await createNotification(input, { source: 'api' });
    createMs.push(nowMs() - t0);
    if (created.deliveries !== 1) throw new Error(`latency probe ${i}: ${created.deliveries} deliveries, expected 1`);
    samples.push((await arrival) - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    createMs,
  };
}

/** Several dispatcher processes seen as one: CPU summed, peak RSS the largest (each is a machine of its own). */
async function startDispatchers(count: number, env: DispatcherEnv): Promise<DispatcherProcess> {
  const all = await Promise.all(Array.from({ length: count }, () => startDispatcher(env)));
  if (count === 1) return all[0];
  return {
    pid: all[0].pid,
    cpuSeconds: () => all.reduce((sum, d) => sum + d.cpuSeconds(), 0),
    peakRssMb: () => Math.max(...all.map((d) => d.peakRssMb())),
    async stop() {
      const stopped = await Promise.all(all.map((d) => d.stop()));
      return { peakRssMb: Math.max(...stopped.map((s) => s.peakRssMb)) };
    },
  };
}
