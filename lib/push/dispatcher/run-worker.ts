import pg from 'pg';
import type { DbConfig } from '../../db/config';
import type { Logger } from '../../log/logger';
import { createDispatcher, type DispatcherOptions, type DispatchStats } from './create-dispatcher';
import { WAKE_CHANNEL } from './wake';

export type WorkerOptions = DispatcherOptions & {
  config: DbConfig;
  /** Send what is due and return (push:drain) instead of running until SIGTERM/SIGINT; waitForRetries: until nothing waits. */
  drain?: { waitForRetries?: boolean };
  logger: Logger;
};

/**
 * A dispatcher as a process of its own (`npm run worker`, `npm run push:drain`). On PostgreSQL it LISTENs for the
 * NOTIFY that createNotification sends on commit, so any number of workers start sending at once.
 */
export async function runWorker(o: WorkerOptions): Promise<DispatchStats> {
  const dispatcher = createDispatcher(o);
  try {
    if (o.drain) {
      const stats = await dispatcher.drain(o.drain);
      o.logger('info', 'push drain finished', { ...stats });
      return stats;
    }
    const listener = o.config.kind === 'postgres' ? await listen(o.config.url, () => dispatcher.wake(), o.logger) : undefined;
    dispatcher.start();
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        o.logger('info', 'push worker stopping', { signal });
        process.off('SIGTERM', onTerm);
        process.off('SIGINT', onInt);
        resolve();
      };
      const onTerm = () => stop('SIGTERM');
      const onInt = () => stop('SIGINT');
      process.on('SIGTERM', onTerm);
      process.on('SIGINT', onInt);
    });
    await dispatcher.stop();
    await listener?.end().catch(() => undefined);
    return dispatcher.stats;
  } finally {
    o.sender.close();
  }
}

async function listen(url: string, onWake: () => void, log: Logger): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A lost LISTEN connection only costs latency (the dispatcher still polls): log it, don't crash.
  client.on('error', (err) => log('warn', 'wake-up listener lost its connection; falling back to polling', { error: String(err) }));
  client.on('notification', onWake);
  await client.connect();
  await client.query(`LISTEN ${WAKE_CHANNEL}`);
  return client;
}
