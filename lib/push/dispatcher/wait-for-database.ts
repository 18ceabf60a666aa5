import type { SqlClient } from '../../db/sql-client';
import type { Logger } from '../../log/logger';
import { createFailureLog } from './failure-log';
import { reconnectDelayMs } from './reconnect-backoff';

/**
 * A worker started before its database (boot order, PostgreSQL restarting) waits for it, trying again with
 * backoff, instead of exiting: a supervisor restarting it in a loop would log a crash per try. Logs one line when
 * the database is unreachable, a summary each minute, one when it answers. false: stopped before it answered.
 */
export async function waitForDatabase(
  sql: SqlClient,
  o: { log: Logger; stopped: AbortSignal; delayMs?: (tries: number) => number },
): Promise<boolean> {
  const failures = createFailureLog(o.log, 'connecting to the database');
  const delayMs = o.delayMs ?? reconnectDelayMs;
  for (let tries = 1; !o.stopped.aborted; tries++) {
    try {
      await sql.query('SELECT 1');
      failures.succeeded();
      return true;
    } catch (err) {
      failures.failed(err, { retrying: true });
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, delayMs(tries));
      o.stopped.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        o.stopped.removeEventListener('abort', done);
        resolve();
      }
    });
  }
  return false;
}
