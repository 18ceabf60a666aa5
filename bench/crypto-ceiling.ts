// The honest ceiling: the floor's encryption (crypto-limit.ts) on one worker thread per available core at once,
// which is what a dispatcher encrypting on every core could at best reach on this machine. All threads warm up
// first, start together, and the clock stops when the last one is done.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { VapidConfig } from '../lib/push/types';
import { throughput, type Throughput } from './crypto-limit';
import type { SubscriptionKeys } from './key-pool';

type Target = { endpoint: string } & SubscriptionKeys;

export type CeilingRun = Throughput & { threads: number };

export async function measureCryptoCeiling(
  targets: Target[],
  payload: string,
  vapid: VapidConfig,
  messages: number,
  threads = os.availableParallelism(),
): Promise<CeilingRun> {
  const entry = path.join(import.meta.dirname, 'crypto-ceiling-worker.mjs');
  const share = Math.ceil(messages / threads);
  const workers = Array.from(
    { length: threads },
    () => new Worker(entry, { workerData: { targets: targets.slice(0, 1000), payload, vapid, messages: share } }),
  );
  const next = (w: Worker, key: 'ready' | 'done') =>
    new Promise<void>((resolve, reject) => {
      w.once('error', reject);
      w.on('message', (m: Record<string, unknown>) => m[key] && resolve());
    });
  try {
    await Promise.all(workers.map((w) => next(w, 'ready')));
    const finished = workers.map((w) => next(w, 'done'));
    const t0 = performance.now();
    for (const w of workers) w.postMessage('go');
    await Promise.all(finished);
    return { ...throughput(share * threads, (performance.now() - t0) / 1000), threads };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
