import 'server-only';
import { getDatabase } from '../../db/client';
import { WAKE_CHANNEL, wakeDispatcher } from './wake';

/**
 * After making deliveries due outside createNotification (e.g. "Retry failed" in the admin console): wakes this
 * process's dispatcher and, on PostgreSQL, every worker process.
 */
export async function wakeAllDispatchers(): Promise<void> {
  wakeDispatcher();
  const sql = getDatabase().sql;
  if (sql.kind === 'postgres') await sql.query(`SELECT pg_notify($1, '')`, [WAKE_CHANNEL]);
}
