// A dispatcher worker process for the multi-process tests: runWorker() with the plain HTTP test sender.
// Env: DATABASE_URL, WORKER_NAME, WORKER_MODE (run | drain | drain-all), WORKER_CONCURRENCY, WORKER_LEASE_MS,
// WORKER_IDLE_POLL_MS, WORKER_LOG_LEVEL (default warn).
import { openDatabase } from '../lib/db/client';
import { jsonLogger, type LogLevel } from '../lib/log/logger';
import { runWorker } from '../lib/push/dispatcher/run-worker';
import { createPlainHttpSender } from './plain-http-sender';

const name = process.env.WORKER_NAME ?? `w${process.pid}`;
const mode = process.env.WORKER_MODE ?? 'drain';
const config = { kind: 'postgres' as const, url: process.env.DATABASE_URL! };
const database = openDatabase(config, { poolSize: 4 });
const logger = jsonLogger({ worker: name }, (process.env.WORKER_LOG_LEVEL as LogLevel | undefined) ?? 'warn');
const stats = await runWorker({
  config,
  sql: database.sql,
  sender: createPlainHttpSender({ timeoutMs: 5000, headers: { 'X-Worker': name } }),
  logger,
  drain: mode === 'run' ? undefined : { waitForRetries: mode === 'drain-all' },
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 16),
  leaseMs: Number(process.env.WORKER_LEASE_MS ?? 60_000),
  flushIntervalMs: 100,
  idlePollMs: Number(process.env.WORKER_IDLE_POLL_MS ?? 5000),
  retry: { maxAttempts: 5, backoffBaseMs: 50, backoffMaxMs: 500 },
});
console.log(JSON.stringify({ worker: name, done: true, ...stats }));
await database.close();
