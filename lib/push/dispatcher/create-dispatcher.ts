import type { SqlClient } from '../../db/sql-client';
import { silentLogger, type Logger } from '../../log/logger';
import { DEFAULT_PUSH_CONCURRENCY } from '../push-concurrency';
import type { ReportSigner } from '../receipts/report-token';
import type { PushSender } from '../types';
import { createCancelWatch } from './cancel-watch';
import { createBatchClaimer } from './claim-batch';
import { runClaimLoop, type ClaimLoopParts, type LoopMode } from './claim-loop';
import { createClaimedMessages } from './claimed-messages';
import { createDeliverClaimed } from './deliver-claimed';
import type { DeviceExpiryOptions } from './device-expiry';
import { progressReporter, statsSince, zeroStats, type DispatchStats } from './dispatch-stats';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './outcome';
import { createOutcomeFlusher } from './outcome-flusher';
import { outboxJobs } from './outbox-jobs';
import { createJobRunner } from './periodic-jobs';
import { createSendPool } from './send-pool';
import { onWake } from './wake';
import { createWakeSleeper } from './wake-sleeper';

// How the parts share one process (the rules every part relies on; each part's file says only what it does):
// - One claim loop per dispatcher (run() refuses a second). It alone claims, at most one batch ahead (prefetched at
//   half-way), so a dispatcher holds at most 2 × batchSize rows; rows it will not send go back (giveBack) before
//   the loop ends, so a stop leaves no lease behind.
// - At most `concurrency` requests are on the wire (the pool's slots). A request starts only with its slot held,
//   fewer than `maxUnrecordedOutcomes` outcomes unwritten, and a fresh "not cancelled" (cancel-watch.ts), checked
//   with no await between the check and the start. Requests made but not yet recorded are thus at most
//   concurrency + maxUnrecordedOutcomes: the bound on duplicates after a kill -9 (README, "Duplicates").
// - Outcome writes never overlap (one chain in the flusher), so a row's outcomes are written in order, and each is
//   fenced by its claim number in SQL: a late write for a row another worker has taken since is dropped.
// - Periodic jobs run between claims, one at a time, in the loop: never two sweeps at once in one process.
// - stop() raises `stopping`: the loop claims no more, submissions waiting for a slot give their rows back,
//   requests in flight finish and are recorded, then the loop ends. Node runs all of it on one thread, so the
//   shared state (stopping, buffers, counters) only changes between awaits.

export type DispatcherOptions = {
  sql: SqlClient;
  sender: PushSender;
  /** Sends in flight at once (PUSH_CONCURRENCY). */
  concurrency?: number;
  /** Deliveries claimed per statement. */
  batchSize?: number;
  /** PUSH_LEASE_MS: how long claimed rows stay ours; must cover a batch's wait for a free slot plus one send. */
  leaseMs?: number;
  retry?: RetryPolicy;
  /** Longest sleep when idle (a safety net: wakes and the next due time normally end it sooner). */
  idlePollMs?: number;
  flushSize?: number;
  flushIntervalMs?: number;
  /** Sends wait while this many outcomes are unwritten (default 2 × flushSize: one batch written, one filling). */
  maxUnrecordedOutcomes?: number;
  sweepIntervalMs?: number;
  /** Ceiling on one send, above the sender's own timeout: a sender bug must not hold a slot forever. */
  sendGuardMs?: number;
  privatePayloads?: boolean;
  /** The portal's public origin (NEXTAUTH_URL): the declarative form's absolute URLs need it; null: not sent. */
  origin?: string | null;
  /** Signs each push's delivery receipt (shown/opened reports); without it pushes carry none. */
  reportSigner?: ReportSigner;
  /** Devices not seen for this long get one last notice, then are expired (see device-expiry.ts). */
  deviceExpiry?: DeviceExpiryOptions;
  /** Audit log entries older than this many days are deleted by the sweep; undefined keeps them forever. */
  auditRetentionDays?: number;
  logger?: Logger;
};

export type { DispatchStats };
export { MAX_UNANSWERED_CLAIMS } from './claimed-messages';

export interface Dispatcher {
  /** Runs until stop(): claims due deliveries, sleeps until the next one is due or wake() is called. */
  start(): void;
  wake(): void;
  /** Sends everything due now and resolves (waitForRetries: also waits for retries and other workers' leases). */
  drain(opts?: { waitForRetries?: boolean }): Promise<DispatchStats>;
  /** SIGTERM: stop claiming, finish the sends in flight, record them, give back what was claimed but not sent. */
  stop(): Promise<void>;
  readonly stats: DispatchStats;
}

export function createDispatcher(o: DispatcherOptions): Dispatcher {
  const concurrency = o.concurrency ?? DEFAULT_PUSH_CONCURRENCY;
  const batchSize = o.batchSize ?? Math.min(500, concurrency * 4);
  const leaseMs = o.leaseMs ?? 60_000;
  const log = o.logger ?? silentLogger;
  const stats = zeroStats();
  const state = { stopping: false, running: undefined as Promise<void> | undefined };
  const parts = assembleParts(o, { concurrency, batchSize, leaseMs, log, stats, isStopping: () => state.stopping });
  let unregister: (() => void) | undefined;

  function run(mode: LoopMode): Promise<void> {
    if (state.running) throw new Error('this dispatcher is already running');
    state.stopping = false;
    state.running = runClaimLoop(parts, mode).finally(() => (state.running = undefined));
    return state.running;
  }

  return {
    start() {
      unregister = onWake(parts.sleeper.wake);
      run({ drain: false, waitForRetries: false }).catch((err) =>
        log('error', 'dispatcher stopped', { error: String(err) }),
      );
      log('info', 'push dispatcher started', { concurrency, batchSize, leaseMs });
    },
    wake: parts.sleeper.wake,
    async drain(opts = {}) {
      const before = { ...stats };
      await run({ drain: true, waitForRetries: opts.waitForRetries ?? false });
      return statsSince(stats, before);
    },
    async stop() {
      unregister?.();
      state.stopping = true;
      parts.sleeper.wake();
      parts.flusher.nudge();
      await state.running;
      log('info', 'push dispatcher stopped', { ...stats });
    },
    stats,
  };
}

type Settled = {
  concurrency: number;
  batchSize: number;
  leaseMs: number;
  log: Logger;
  stats: DispatchStats;
  isStopping: () => boolean;
};

/** The dispatcher's parts, wired to each other (what each one is: see its file). */
function assembleParts(o: DispatcherOptions, s: Settled): ClaimLoopParts {
  const { sql, sender } = o;
  const { log, stats, isStopping } = s;
  const idlePollMs = o.idlePollMs ?? 5_000;
  const flushSize = o.flushSize ?? 256;
  const report = progressReporter(stats, log);
  const flushIntervalMs = o.flushIntervalMs ?? 250;
  const flusher = createOutcomeFlusher({
    sql,
    log,
    flushSize,
    intervalMs: flushIntervalMs,
    maxUnrecorded: o.maxUnrecordedOutcomes ?? 2 * flushSize,
    onFlushed: () => report(false),
  });
  const messages = createClaimedMessages({
    sql,
    sender,
    privatePayloads: o.privatePayloads ?? false,
    origin: o.origin,
    reportSigner: o.reportSigner,
    sendGuardMs: o.sendGuardMs ?? 30_000,
    leaseMs: s.leaseMs,
    outcomeWriteMs: flushIntervalMs,
  });
  const cancels = createCancelWatch(sql);
  const policy = o.retry ?? DEFAULT_RETRY_POLICY;
  const deliver = createDeliverClaimed({ messages, cancels, flusher, policy, stats, retryLookMs: idlePollMs, log });
  const jobs = outboxJobs({
    sql,
    sender,
    everyMs: o.sweepIntervalMs ?? 300_000,
    deviceExpiry: o.deviceExpiry,
    origin: o.origin,
    auditRetentionDays: o.auditRetentionDays,
  });
  return {
    sql,
    flusher,
    idlePollMs,
    report,
    isStopping,
    batchSize: s.batchSize,
    claimer: createBatchClaimer({ sql, batchSize: s.batchSize, leaseMs: s.leaseMs, messages, cancels, stats, log }),
    pool: createSendPool({ concurrency: s.concurrency, flusher, deliver }),
    jobs: createJobRunner(jobs, log),
    sleeper: createWakeSleeper(isStopping),
  };
}
