// The dispatcher as the benchmark runs it: one worker process (`npm run worker` in production) built from the
// environment exactly like the app's — DATABASE_URL, PUSH_CONCURRENCY, PUSH_ENDPOINT_ALLOWLIST, VAPID_* — with the
// real sender. It LISTENs for the NOTIFY createNotification sends on commit; SIGTERM stops it.
import { getDatabase } from '../../lib/db/client';
import { getEnv } from '../../lib/env';
import { jsonLogger } from '../../lib/log/logger';
import { dispatcherOptionsFromEnv } from '../../lib/push/dispatcher/dispatcher-options-from-env';
import { runWorker } from '../../lib/push/dispatcher/run-worker';
import { getPushSender } from '../../lib/push/get-push-sender';

const env = getEnv();
const database = getDatabase();
const stats = await runWorker({
  ...dispatcherOptionsFromEnv(env),
  config: database.config,
  sql: database.sql,
  sender: getPushSender(),
  logger: jsonLogger({ worker: 'bench' }),
});
console.log(JSON.stringify({ msg: 'bench dispatcher exited', ...stats }));
await database.close();
// Exit explicitly (a --cpu-prof profile is written on exit) even if a socket were left open.
process.exit(0);
