import type { DbConfig } from '../../db/config';
import type { Logger } from '../../log/logger';
import { createDispatcher, type DispatcherOptions, type DispatchStats } from './create-dispatcher';
import { stopSignals, untilAborted } from './stop-signals';
import { waitForDatabase } from './wait-for-database';
import { listenForWakes } from './wake-listener';

export type WorkerOptions = DispatcherOptions & {
  config: DbConfig;
  /**
   * Send what is due and return (push:drain) instead of running until SIGTERM/SIGINT;
   * waitForRetries: until nothing waits.
   */
  drain?: { waitForRetries?: boolean };
  logger: Logger;
  /** Stops a running worker as SIGTERM does (tests; the process's SIGTERM and SIGINT always do). */
  stopSignal?: AbortSignal;
};

/**
 * A dispatcher as a process of its own (`npm run worker`, `npm run push:drain`). On PostgreSQL it LISTENs for the
 * NOTIFY that createNotification sends on commit, so any number of workers start sending at once.
 */
export async function runWorker(o: WorkerOptions): Promise<DispatchStats> {
  try {
    return o.drain ? await drainOnce(o, o.drain) : await runUntilStopped(o);
  } finally {
    o.sender.close();
  }
}

/** push:drain runs from cron: a database that is down is an error to report (exit 1), not something to wait for. */
async function drainOnce(o: WorkerOptions, drain: { waitForRetries?: boolean }): Promise<DispatchStats> {
  const stats = await createDispatcher(o).drain(drain);
  o.logger('info', 'push drain finished', { ...stats });
  return stats;
}

async function runUntilStopped(o: WorkerOptions): Promise<DispatchStats> {
  const stop = stopSignals(o.logger, o.stopSignal);
  const dispatcher = createDispatcher(o);
  try {
    if (!(await waitForDatabase(o.sql, { log: o.logger, stopped: stop.signal }))) return dispatcher.stats;
    const { config } = o;
    const listener =
      config.kind === 'postgres'
        ? listenForWakes({ url: config.url, onWake: () => dispatcher.wake(), log: o.logger })
        : undefined;
    await listener?.ready;
    dispatcher.start();
    await untilAborted(stop.signal);
    await dispatcher.stop();
    await listener?.close();
    return dispatcher.stats;
  } finally {
    stop.dispose();
  }
}
