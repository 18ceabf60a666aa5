// `npm run worker`: a push dispatcher process (run as many as you like on PostgreSQL; SIGTERM stops it cleanly).
// `npm run push:drain`: send everything due now and exit (for cron), like Combo's send_webpush command.
import { assertDataDirFree, lockDataDir, unlockDataDir } from '../lib/bootstrap/data-dir-lock';
import { describeDb, resolveDbConfig, type DbConfig } from '../lib/db/config';
import { openPostgresSqlClient, type SqlClient } from '../lib/db/sql-client';
import { parseEnv } from '../lib/env';
import { jsonLogger } from '../lib/log/logger';
import { createWorkerPushSender } from '../lib/push/dispatcher/create-worker-push-sender';
import { dispatcherOptionsFromEnv } from '../lib/push/dispatcher/dispatcher-options-from-env';
import { runWorker } from '../lib/push/dispatcher/run-worker';
import { lightenAsyncResourceBind } from '../lib/push/lighten-async-resource-bind';

const drain = process.argv.includes('--drain');
const log = jsonLogger({ component: drain ? 'push-drain' : 'push-worker', pid: process.pid });

/**
 * The dispatcher needs only the raw SQL client: on PostgreSQL neither Prisma nor the embedded database's code
 * (≈ 45 MB of WASM) is loaded.
 */
async function openSql(config: DbConfig): Promise<{ sql: SqlClient; close(): Promise<void> }> {
  if (config.kind === 'postgres') {
    const sql = openPostgresSqlClient(config.url);
    return { sql, close: () => sql.close() };
  }
  const { openDatabase, setDatabase } = await import('../lib/db/client');
  const database = openDatabase(config);
  setDatabase(database);
  return database;
}

// Node 20's HTTP/2 client pays ≈ 20 µs per request in AsyncResource#bind; this process sends every push.
lightenAsyncResourceBind();

try {
  const env = parseEnv(process.env);
  const config = resolveDbConfig(env);
  // PGlite is one process's database: with the portal running, its in-process dispatcher does this job.
  if (config.kind === 'pglite') {
    assertDataDirFree(env.CRIEUR_DATA_DIR);
    lockDataDir(env.CRIEUR_DATA_DIR, process.pid);
  }
  const database = await openSql(config);
  log('info', 'push worker starting', { database: describeDb(config), drain });
  try {
    const stats = await runWorker({
      config,
      sql: database.sql,
      sender: createWorkerPushSender(env),
      logger: log,
      drain: drain ? {} : undefined,
      ...dispatcherOptionsFromEnv(env),
    });
    log('info', 'push worker finished', { ...stats });
  } finally {
    await database.close();
    if (config.kind === 'pglite') unlockDataDir(env.CRIEUR_DATA_DIR);
  }
} catch (err) {
  log('error', (err as Error).message);
  process.exit(1);
}
