import type { SqlClient } from '../../db/sql-client';
import type { BatchClaimer } from './claim-batch';
import { nextWakeAt, type ClaimedDelivery } from './delivery-store';
import type { OutcomeFlusher } from './outcome-flusher';
import type { JobRunner } from './periodic-jobs';
import type { SendPool } from './send-pool';
import type { WakeSleeper } from './wake-sleeper';

export type ClaimLoopParts = {
  sql: SqlClient;
  claimer: BatchClaimer;
  pool: SendPool;
  flusher: OutcomeFlusher;
  jobs: JobRunner;
  sleeper: WakeSleeper;
  isStopping: () => boolean;
  batchSize: number;
  /** Longest sleep when idle, and the pause after a failed claim. */
  idlePollMs: number;
  /** Progress line (force: also when fewer than 10 s have passed). */
  report: (force: boolean) => void;
};

export type LoopMode = { drain: boolean; waitForRetries: boolean };
type Claim = ReturnType<BatchClaimer['claim']>;

/** Claims due deliveries and feeds them to the send pool until stopped (or, draining, until nothing is due). */
export async function runClaimLoop(p: ClaimLoopParts, mode: LoopMode): Promise<void> {
  const stopTicker = p.flusher.startTicker();
  let prefetch: Claim | undefined;
  try {
    while (!p.isStopping()) {
      await p.jobs.runDue();
      p.sleeper.forgetWakes();
      const batch = await (prefetch ?? p.claimer.claim(mode));
      prefetch = undefined;
      if (!batch) await p.sleeper.sleep(p.idlePollMs);
      else if (batch.length) ({ prefetch } = await submitBatch(p, batch, mode));
      else if (await idleUntilDue(p, mode)) return;
      if (mode.drain && p.flusher.failing) throw outcomesLost();
    }
  } finally {
    stopTicker();
    if (prefetch) await p.claimer.giveBack((await prefetch.catch(() => undefined)) ?? []);
    await p.pool.settle();
    await p.flusher.flush();
  }
}

/** Submits a batch to the pool; returns the next batch's claim when it started one (it is then already running). */
async function submitBatch(p: ClaimLoopParts, batch: ClaimedDelivery[], mode: LoopMode): Promise<{ prefetch?: Claim }> {
  // A drain (cron) stops rather than wait for outcome writes to work again: see outcomesLost.
  const giveUp = () => p.isStopping() || (mode.drain && p.flusher.failing);
  let prefetch: Claim | undefined;
  for (let i = 0; i < batch.length; i++) {
    // A full batch means more is waiting: claim the next one while this one's second half is sent, so the slots do
    // not sit idle during the claim's round trip.
    if (i === batch.length >> 1 && batch.length === p.batchSize) {
      prefetch = p.claimer.claim(mode);
      prefetch.catch(() => undefined); // awaited by the loop; not an unhandled rejection meanwhile
    }
    if (!(await p.pool.submit(batch[i], giveUp))) {
      await p.claimer.giveBack(batch.slice(i));
      break;
    }
  }
  return { prefetch };
}

/** Nothing claimable: records what is pending and sleeps until the next due time. true: a drain is finished. */
async function idleUntilDue(p: ClaimLoopParts, mode: LoopMode): Promise<boolean> {
  await p.pool.settle();
  await p.flusher.flush();
  p.report(true);
  if (mode.drain && p.flusher.failing) throw outcomesLost();
  if (mode.drain && !mode.waitForRetries) return true;
  const next = await nextWakeAt(p.sql).catch(() => null);
  if (mode.drain && !next) return true;
  const untilNext = next ? next.getTime() - Date.now() : p.idlePollMs;
  await p.sleeper.sleep(Math.max(10, Math.min(p.idlePollMs, untilNext)));
  return false;
}

/** push:drain must not exit 0 with answers it could not write: its rows are sent again after their lease. */
const outcomesLost = () => new Error('push drain stopped: delivery outcomes could not be recorded (database down?)');
