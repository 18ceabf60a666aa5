import { performance } from 'node:perf_hooks';
import type { SqlClient } from '../../db/sql-client';
import type { Logger } from '../../log/logger';
import type { CancelWatch } from './cancel-watch';
import type { ClaimedMessages } from './claimed-messages';
import type { DispatchStats } from './dispatch-stats';
import { claimDeliveries, releaseDeliveries, type ClaimedDelivery } from './delivery-store';
import { createFailureLog } from './failure-log';

export type BatchClaimer = {
  /** Claims a batch and readies its messages; on failure throws when draining, else logs and returns undefined. */
  claim(mode: { drain: boolean }): Promise<ClaimedDelivery[] | undefined>;
  /** Gives claimed rows that will not be sent back to the queue (no attempt spent, claim undone). */
  giveBack(rows: ClaimedDelivery[]): Promise<void>;
};

export function createBatchClaimer(o: {
  sql: SqlClient;
  batchSize: number;
  leaseMs: number;
  messages: ClaimedMessages;
  cancels: CancelWatch;
  stats: DispatchStats;
  log: Logger;
}): BatchClaimer {
  const claiming = createFailureLog(o.log, 'claiming deliveries');
  const releasing = createFailureLog(o.log, 'releasing deliveries');

  const release = (rows: ClaimedDelivery[]) =>
    releaseDeliveries(o.sql, rows).then(
      () => releasing.succeeded(),
      (err) => releasing.failed(err, { rows: rows.length }), // their lease runs out instead
    );

  async function claimAndLoad(): Promise<ClaimedDelivery[]> {
    // Before the claim's round trip: the lease the database grants starts later than this, never earlier.
    const claimedAt = performance.now();
    const batch = await claimDeliveries(o.sql, o.batchSize, o.leaseMs);
    try {
      await o.messages.load(batch, claimedAt);
    } catch (err) {
      await release(batch);
      throw err;
    }
    o.stats.claimed += batch.length;
    // Watched from here until each is delivered or given back: nothing between can throw and lose a release.
    for (const d of batch) {
      o.cancels.watch(d.notificationId);
      o.cancels.watchDevice(d, claimedAt);
    }
    return batch;
  }

  return {
    async claim(mode) {
      try {
        const batch = await claimAndLoad();
        claiming.succeeded();
        return batch;
      } catch (err) {
        if (mode.drain) throw err; // push:drain must not exit 0 as if nothing were due
        claiming.failed(err);
        return undefined;
      }
    },
    async giveBack(rows) {
      for (const d of rows) {
        o.messages.forget(d);
        o.cancels.release(d.notificationId);
        o.cancels.releaseDevice(d);
      }
      if (rows.length) await release(rows);
    },
  };
}
