import type { SqlClient } from '../../db/sql-client';
import type { Logger } from '../../log/logger';
import type { DeliveryResult } from './record-results';
import { createFailureLog } from './failure-log';
import { recordResultsRowByRowIfRefused } from './record-results-row-by-row';

export type OutcomeFlusherOptions = {
  sql: SqlClient;
  /** A write starts once this many outcomes wait (and every `intervalMs` for the rest). */
  flushSize: number;
  intervalMs: number;
  /** Sends hold back while this many outcomes are not written yet: the bound on duplicates after a kill -9. */
  maxUnrecorded: number;
  log: Logger;
  /** After each write (progress reporting). */
  onFlushed?: () => void;
};

export type OutcomeFlusher = {
  add(result: DeliveryResult): void;
  /** Writes what waits, after any write in progress (writes never overlap: outcomes of one row stay in order). */
  flush(): Promise<void>;
  /** Resolves once fewer than `maxUnrecorded` outcomes wait, or when `released()` says stop waiting. */
  waitForRoom(released: () => boolean): Promise<void>;
  /** Wakes the waiters of waitForRoom so they can look at their `released` again (stop()). */
  nudge(): void;
  /** Flushes every `intervalMs` until the returned function is called. */
  startTicker(): () => void;
  /** The last write failed (the database is down, or refuses them). */
  readonly failing: boolean;
};

// While the database is down, the ticker's writes back off up to this (the outcomes stay in memory meanwhile).
const MAX_RETRY_MS = 5_000;

export function createOutcomeFlusher(o: OutcomeFlusherOptions): OutcomeFlusher {
  let waiting: DeliveryResult[] = [];
  let writing = 0;
  let chain: Promise<void> = Promise.resolve();
  let retryAt = 0;
  let retryMs = o.intervalMs;
  let roomWaiters: Array<() => void> = [];
  const failures = createFailureLog(o.log, 'recording delivery outcomes');

  const wakeRoomWaiters = () => {
    const woken = roomWaiters;
    roomWaiters = [];
    for (const w of woken) w();
  };

  async function record(batch: DeliveryResult[]): Promise<void> {
    try {
      await recordResultsRowByRowIfRefused(o.sql, batch, o.log);
      failures.succeeded();
      retryMs = o.intervalMs;
      retryAt = 0;
    } catch (err) {
      // Kept for the next write; if this process dies first, the leases run out and the rows are sent again.
      waiting = batch.concat(waiting);
      failures.failed(err, { pending: waiting.length });
      retryAt = Date.now() + retryMs;
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    }
  }

  // Writes queued or running: a full buffer starts one only when none is (they would all write the same rows).
  let queued = 0;
  async function write(): Promise<void> {
    const batch = waiting;
    waiting = [];
    writing = batch.length;
    try {
      if (batch.length) await record(batch);
    } finally {
      writing = 0;
      queued--; // before the waiters wake: one of them may have to start the next write
      wakeRoomWaiters();
    }
    if (batch.length) o.onFlushed?.();
  }

  const flush = () => {
    queued++;
    return (chain = chain.then(write));
  };
  const unrecorded = () => waiting.length + writing;

  return {
    add(result) {
      waiting.push(result);
      // While failing, only the ticker tries again: a write per finished send is what flooded the logs.
      if (waiting.length >= o.flushSize && !failures.failing && !queued) void flush();
    },
    flush,
    async waitForRoom(released) {
      while (unrecorded() >= o.maxUnrecorded && !released()) {
        // Failing: the ticker's backoff decides when to try again, not every waiter woken by the last failure.
        if (!queued && !failures.failing) void flush();
        await new Promise<void>((resolve) => roomWaiters.push(resolve));
      }
    },
    nudge: wakeRoomWaiters,
    startTicker() {
      const ticker = setInterval(() => {
        // Not while a write is queued: a slow database would otherwise collect one queued write per tick.
        if (Date.now() >= retryAt && !queued) void flush();
      }, o.intervalMs);
      ticker.unref?.();
      return () => clearInterval(ticker);
    },
    get failing() {
      return failures.failing;
    },
  };
}
