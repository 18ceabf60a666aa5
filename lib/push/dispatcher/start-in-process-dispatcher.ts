import 'server-only';
import { getDatabase } from '../../db/client';
import { getEnv } from '../../env';
import { jsonLogger } from '../../log/logger';
import { getPushSender } from '../get-push-sender';
import { createDispatcher, type Dispatcher } from './create-dispatcher';
import { dispatcherOptionsFromEnv } from './dispatcher-options-from-env';

const g = globalThis as unknown as { __crieurDispatcher?: Dispatcher };

/**
 * The dispatcher inside the web server (the embedded default; CRIEUR_DISPATCHER=false leaves sending to
 * `npm run worker` processes). Started once per process from instrumentation.ts.
 */
export function startInProcessDispatcher(): Dispatcher | undefined {
  if (g.__crieurDispatcher) return g.__crieurDispatcher;
  const env = getEnv();
  const log = jsonLogger({ component: 'dispatcher' });
  if (!env.CRIEUR_DISPATCHER) return undefined;
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) {
    log(
      'warn',
      'push dispatcher not started: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set ' +
        '(notifications stay in the outbox)',
    );
    return undefined;
  }
  const dispatcher = createDispatcher({
    sql: getDatabase().sql,
    sender: getPushSender(),
    logger: log,
    ...dispatcherOptionsFromEnv(env),
  });
  dispatcher.start();
  // Finish what is in flight and give back the rest; whatever does not make it is retried after its lease.
  process.once('SIGTERM', () => void dispatcher.stop());
  return (g.__crieurDispatcher = dispatcher);
}
