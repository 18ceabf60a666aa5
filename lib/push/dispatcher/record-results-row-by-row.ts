import { isDataError } from '../../db/is-data-error';
import type { SqlClient } from '../../db/sql-client';
import type { Logger } from '../../log/logger';
import { recordResults, type DeliveryResult } from './record-results';

// One batch is one statement: a single row the database refuses (a value it cannot store) would fail the whole
// batch on every try, and the other rows' answers would never be recorded. Rewriting rows already written is
// harmless: the write is fenced (status 'sending' and our claim), so a second write of a row changes nothing.

/**
 * Records a batch; when the database refuses its data, records it row by row, and a row still refused as failed,
 * saying why. Any other error (the database is unreachable) is thrown: the caller keeps the batch for later.
 */
export async function recordResultsRowByRowIfRefused(
  sql: SqlClient,
  batch: DeliveryResult[],
  log: Logger,
): Promise<void> {
  try {
    await recordResults(sql, batch);
  } catch (err) {
    if (!isDataError(err)) throw err;
    for (const result of batch) await recordOne(sql, result, log);
  }
}

async function recordOne(sql: SqlClient, result: DeliveryResult, log: Logger): Promise<void> {
  try {
    await recordResults(sql, [result]);
  } catch (err) {
    if (!isDataError(err)) throw err;
    const error = `the push service's answer could not be recorded: ${(err as Error).message}`;
    log('error', 'delivery outcome refused by the database, recorded as failed', {
      deliveryId: result.id,
      status: result.outcome.status,
      error: String(err),
    });
    await recordResults(sql, [{ ...result, outcome: { status: 'failed', error } }]);
  }
}
