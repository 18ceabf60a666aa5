import type { SqlClient } from '../../db/sql-client';
import { silentLogger, type Logger } from '../../log/logger';
import { buildPushOptions } from '../build-push-options';
import { DEFAULT_PUSH_CONCURRENCY } from '../push-concurrency';
import type { PushResult, PushSender } from '../types';
import { claimDeliveries, deleteOldDeliveries, expireOverdue, nextWakeAt, recordResults, releaseDeliveries, type ClaimedDelivery, type DeliveryResult } from './delivery-store';
import { createNotificationContent } from './notification-content';
import { classifyOutcome, DEFAULT_RETRY_POLICY, type Outcome, type RetryPolicy } from './outcome';
import { progressReporter, STAT_OF, statsSince, zeroStats, type DispatchStats } from './dispatch-stats';
import { semaphore } from './semaphore';
import { onWake } from './wake';

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
  sweepIntervalMs?: number;
  /** Ceiling on one send, above the sender's own timeout: a sender bug must not hold a slot forever. */
  sendGuardMs?: number;
  privatePayloads?: boolean;
  logger?: Logger;
};

export type { DispatchStats };

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
  const policy = o.retry ?? DEFAULT_RETRY_POLICY;
  const idlePollMs = o.idlePollMs ?? 5_000;
  const flushSize = o.flushSize ?? 256;
  const sendGuardMs = o.sendGuardMs ?? 30_000;
  const log = o.logger ?? silentLogger;
  const { sql, sender } = o;
  const content = createNotificationContent(sql, { privatePayloads: o.privatePayloads ?? false });
  const slots = semaphore(concurrency);
  const stats = zeroStats();
  const inFlight = new Set<Promise<void>>();
  let results: DeliveryResult[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let running: Promise<void> | undefined;
  let stopping = false;
  let woken = false;
  let wakeSleeper: (() => void) | undefined;
  let unregister: (() => void) | undefined;
  const report = progressReporter(stats, log);

  function wake() {
    woken = true;
    wakeSleeper?.();
  }

  function sleep(ms: number): Promise<void> {
    if (woken || stopping || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeSleeper = undefined;
        resolve();
      }
      wakeSleeper = done;
    });
  }

  function flush(): Promise<void> {
    flushing = flushing.then(async () => {
      const batch = results;
      results = [];
      if (!batch.length) return;
      try {
        await recordResults(sql, batch);
      } catch (err) {
        // Keep them for the next flush; if this process dies first, the lease runs out and the rows are redone.
        results = batch.concat(results);
        log('error', 'recording delivery outcomes failed', { error: String(err), pending: results.length });
      }
      report(false);
    });
    return flushing;
  }

  /** Why a claimed delivery is not sent after all (checked when claimed, and again when its turn comes). */
  function skipOutcome(d: ClaimedDelivery): Outcome | undefined {
    if (d.cancelled || !content.get(d.notificationId)) return { status: 'cancelled' };
    if (!d.endpoint) return { status: 'gone', error: 'device removed before sending' };
    if (d.expiresAt.getTime() <= Date.now()) return { status: 'expired', error: 'expired before it could be sent' };
    if (d.attempts > policy.maxAttempts) return { status: 'failed', error: `gave up: claimed ${d.attempts} times (a worker stopped mid-send)` };
    return undefined;
  }

  // Messages of claimed deliveries are encrypted as soon as they are claimed, ahead of the free slots: a slot then
  // only waits for the push service (measured: encryption queued behind a slot added 14 ms to a 50 ms round trip).
  const prepared = new Map<string, () => Promise<PushResult>>();

  const messageOf = (d: ClaimedDelivery): Parameters<PushSender['send']> => {
    const n = content.get(d.notificationId)!;
    return [{ endpoint: d.endpoint!, p256dh: d.p256dh!, auth: d.auth! }, n.payload, buildPushOptions(n)];
  };

  function prepare(batch: ClaimedDelivery[]) {
    if (!sender.prepare) return;
    for (const d of batch) {
      if (skipOutcome(d)) continue;
      try {
        prepared.set(d.id, sender.prepare(...messageOf(d)));
      } catch {
        // send() reports the same mistake for this one delivery when its turn comes
      }
    }
  }

  async function send(d: ClaimedDelivery): Promise<PushResult> {
    const fire = prepared.get(d.id);
    prepared.delete(d.id);
    let timer: NodeJS.Timeout | undefined;
    const guard = new Promise<PushResult>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'network', error: 'timeout' }), sendGuardMs);
    });
    try {
      const sending = fire ? fire() : sender.send(...messageOf(d));
      return await Promise.race([sending, guard]);
    } catch (err) {
      return { kind: 'network', error: (err as Error)?.message ?? String(err) }; // the contract says never; be safe
    } finally {
      clearTimeout(timer);
    }
  }

  async function deliver(d: ClaimedDelivery): Promise<void> {
    const skipped = skipOutcome(d);
    if (skipped) prepared.delete(d.id);
    const [outcome, attempted]: [Outcome, boolean] = skipped
      ? [skipped, false]
      : [classifyOutcome(await send(d), { attempts: d.attempts, expiresAt: d.expiresAt, now: new Date(), policy }), true];
    stats[STAT_OF[outcome.status]]++;
    if (outcome.status === 'failed') {
      log('warn', 'push delivery failed', { deliveryId: d.id, notificationId: d.notificationId, origin: origin(d.endpoint), code: outcome.code, error: outcome.error });
    }
    results.push({ id: d.id, attempts: d.attempts, outcome, attempted });
    if (results.length >= flushSize) void flush();
  }

  async function claim(mode: { drain: boolean }): Promise<ClaimedDelivery[]> {
    try {
      const batch = await claimDeliveries(sql, batchSize, leaseMs);
      stats.claimed += batch.length;
      await content.load(batch.map((d) => d.notificationId));
      prepare(batch);
      return batch;
    } catch (err) {
      if (mode.drain) throw err; // push:drain must not exit 0 as if nothing were due
      log('error', 'claiming deliveries failed', { error: String(err) });
      await sleep(idlePollMs);
      return [];
    }
  }

  async function sweep() {
    try {
      const expired = await expireOverdue(sql);
      const deleted = await deleteOldDeliveries(sql);
      if (expired || deleted) log('info', 'push outbox swept', { expired, deleted });
    } catch (err) {
      log('error', 'sweeping the outbox failed', { error: String(err) });
    }
  }

  async function loop(mode: { drain: boolean; waitForRetries: boolean }) {
    const ticker = setInterval(() => void flush(), o.flushIntervalMs ?? 250);
    ticker.unref?.();
    let lastSweep = 0;
    let prefetch: Promise<ClaimedDelivery[]> | undefined;
    const giveBack = (rows: ClaimedDelivery[]) => {
      for (const d of rows) prepared.delete(d.id);
      return releaseDeliveries(sql, rows).catch((err) => log('error', 'releasing deliveries failed', { error: String(err) }));
    };
    try {
      while (!stopping) {
        if (Date.now() - lastSweep >= (o.sweepIntervalMs ?? 300_000)) {
          lastSweep = Date.now();
          await sweep();
        }
        woken = false;
        const batch = await (prefetch ?? claim(mode));
        prefetch = undefined;
        if (!batch.length) {
          await Promise.all(inFlight);
          await flush();
          report(true);
          if (mode.drain && !mode.waitForRetries) return;
          const next = await nextWakeAt(sql).catch(() => null);
          if (mode.drain && !next) return;
          await sleep(Math.max(10, Math.min(idlePollMs, next ? next.getTime() - Date.now() : idlePollMs)));
          continue;
        }
        for (let i = 0; i < batch.length; i++) {
          // A full batch means more is waiting: claim the next one while this one's second half is sent, so the
          // slots do not sit idle during the claim's round trip.
          if (i === batch.length >> 1 && batch.length === batchSize) {
            prefetch = claim(mode);
            prefetch.catch(() => undefined); // awaited at the top of the loop; not an unhandled rejection meanwhile
          }
          await slots.acquire();
          if (stopping) {
            slots.release();
            await giveBack(batch.slice(i));
            break;
          }
          const p: Promise<void> = deliver(batch[i]).finally(() => {
            slots.release();
            inFlight.delete(p);
          });
          inFlight.add(p);
        }
      }
    } finally {
      clearInterval(ticker);
      if (prefetch) await giveBack(await prefetch.catch(() => []));
      await Promise.all(inFlight);
      await flush();
    }
  }

  function run(mode: { drain: boolean; waitForRetries: boolean }): Promise<void> {
    if (running) throw new Error('this dispatcher is already running');
    stopping = false;
    running = loop(mode).finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    start() {
      unregister = onWake(wake);
      void run({ drain: false, waitForRetries: false }).catch((err) => log('error', 'dispatcher stopped', { error: String(err) }));
      log('info', 'push dispatcher started', { concurrency, batchSize, leaseMs });
    },
    wake,
    async drain(opts = {}) {
      const before = { ...stats };
      await run({ drain: true, waitForRetries: opts.waitForRetries ?? false });
      return statsSince(stats, before);
    },
    async stop() {
      unregister?.();
      stopping = true;
      wakeSleeper?.();
      await running;
      log('info', 'push dispatcher stopped', { ...stats });
    },
    stats,
  };
}

function origin(endpoint: string | null): string | undefined {
  try {
    return endpoint ? new URL(endpoint).origin : undefined;
  } catch {
    return undefined;
  }
}
