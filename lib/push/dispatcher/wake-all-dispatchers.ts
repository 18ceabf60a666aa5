import 'server-only';
import { sql as raw } from 'kysely';
import { getDatabase } from '../../db/client';
import { WAKE_CHANNEL, wakeDispatcher } from './wake';

/**
 * After making deliveries due outside createNotification (e.g. "Retry failed" in the admin console): wakes this
 * process's dispatcher and, on PostgreSQL, every worker process.
 */
export async function wakeAllDispatchers(): Promise<void> {
  wakeDispatcher();
  const sql = getDatabase().sql;
  if (sql.kind === 'postgres') await raw`SELECT pg_notify(${WAKE_CHANNEL}, '')`.execute(sql.kysely);
}
