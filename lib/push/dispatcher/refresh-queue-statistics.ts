import type { SqlClient } from '../../db/sql-client';
import { jsonLogger } from '../../log/logger';

const log = jsonLogger({ component: 'outbox' });

/**
 * Deliveries queued at once from which the outbox table's planner statistics are refreshed. Statistics taken while
 * the outbox held few rows (a new portal, or a quiet one before its first large notification) make the planner
 * guess a handful of pending rows; it then reads and sorts every pending row on each claim instead of walking the
 * (status, dueAt) index to the first batch, which is quadratic in the fan-out (measured at 30 000 devices: 6.5 ms
 * per claim of 500, most of the claim). Autovacuum's own ANALYZE comes only after its next round (up to a minute),
 * when such a fan-out is half sent. Below this size, sorting what is pending costs less than an ANALYZE.
 */
export const ANALYZE_AFTER_QUEUED = 5_000;

/**
 * Called after a commit that queued `queued` deliveries. A failure is logged, never thrown: the deliveries are
 * committed and will be sent either way, only more slowly.
 */
export async function refreshQueueStatistics(sql: SqlClient, queued: number): Promise<void> {
  if (queued < ANALYZE_AFTER_QUEUED) return;
  try {
    await sql.exec('ANALYZE "Delivery"');
  } catch (err) {
    log('warn', 'refreshing the outbox statistics failed', { queued, error: (err as Error)?.message ?? String(err) });
  }
}
