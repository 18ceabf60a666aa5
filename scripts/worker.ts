// `npm run worker`: a push dispatcher process (run as many as you like on PostgreSQL; SIGTERM stops it cleanly).
// `npm run push:drain`: send everything due now and exit (for cron), like Combo's send_webpush command.
import { assertDataDirFree, lockDataDir, unlockDataDir } from '../lib/bootstrap/data-dir-lock';
import { openDatabase, setDatabase } from '../lib/db/client';
import { describeDb, resolveDbConfig } from '../lib/db/config';
import { parseEnv } from '../lib/env';
import { jsonLogger } from '../lib/log/logger';
import { dispatcherOptionsFromEnv } from '../lib/push/dispatcher/dispatcher-options-from-env';
import { runWorker } from '../lib/push/dispatcher/run-worker';
import { getPushSender } from '../lib/push/get-push-sender';

const drain = process.argv.includes('--drain');
const log = jsonLogger({ component: drain ? 'push-drain' : 'push-worker', pid: process.pid });

try {
  const env = parseEnv(process.env);
  const config = resolveDbConfig(env);
  // PGlite is one process's database: with the portal running, its in-process dispatcher does this job.
  if (config.kind === 'pglite') {
    assertDataDirFree(env.CRIEUR_DATA_DIR);
    lockDataDir(env.CRIEUR_DATA_DIR, process.pid);
  }
  const database = openDatabase(config, { poolSize: 4 });
  setDatabase(database);
  log('info', 'push worker starting', { database: describeDb(config), drain });
  try {
    const stats = await runWorker({
      config, sql: database.sql, sender: getPushSender(), logger: log, drain: drain ? {} : undefined, ...dispatcherOptionsFromEnv(env),
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
