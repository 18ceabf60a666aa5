import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InvalidSubscriptionKeysError, type PushEncryptor } from './encrypt-aes128gcm';
import type { EncryptJob, EncryptReply, EncryptRequest } from './encrypt-worker';

// RFC 8291 encryption (an ECDH agreement per message) is most of a push's CPU. On the dispatcher's event loop it
// competes with the HTTP and database work that keeps the sends flowing, and it can use only one core. With threads,
// the event loop hands batches of messages to worker threads and only does I/O.
// Only dispatcher processes (`npm run worker`) import this file: the portal's bundles never start threads.

/** Threads worth starting in a dispatcher process: one core stays for its event loop and PostgreSQL. */
export function defaultEncryptThreads(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

type Pending = { resolve: (body: Buffer) => void; reject: (err: Error) => void };
type Lane = { worker: Worker; batches: Map<number, Pending[]>; queued: number };

const WORKER_ENTRY = new URL('./encrypt-worker-bootstrap.mjs', import.meta.url);
// What a thread allocates is short-lived and mostly Buffers outside the V8 heap: a small young generation keeps its
// memory down at no cost measured (bench, 100,000 pushes: dispatcher peak RSS 224 MB instead of 248, same rate).
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 4 };

export type EncryptThreadPoolOptions = {
  /** Messages per hand-over to a thread, at most. */
  maxBatch?: number;
  /** The thread's entry module (tests substitute one that crashes). */
  entry?: URL;
};

/** A batch for the thread, each distinct text in it once (EncryptRequest says why). */
export function toRequest(batch: number, take: Array<{ job: EncryptJob }>): EncryptRequest {
  const texts: string[] = [];
  const indexOf = new Map<string, number>(); // a string's hash is computed once and kept in the string
  const index = (text: string) => {
    let i = indexOf.get(text);
    if (i === undefined) indexOf.set(text, (i = texts.push(text) - 1));
    return i;
  };
  const jobs = take.map(({ job: { p256dh, auth, payload } }) => ({
    p256dh,
    auth,
    pieces: typeof payload === 'string' ? [index(payload)] : payload.map(index),
  }));
  return { batch, texts, jobs };
}

export function createEncryptThreadPool(
  threads: number,
  { maxBatch = 64, entry = WORKER_ENTRY }: EncryptThreadPoolOptions = {},
): PushEncryptor {
  if (threads < 1) throw new RangeError('an encryption pool needs at least one thread');
  const queue: Array<{ job: EncryptJob; pending: Pending }> = [];
  let scheduled = false;
  let nextBatch = 0;
  let closed = false;
  const lanes: Lane[] = [];

  function startLane(): Lane {
    const lane: Lane = { worker: new Worker(entry, { resourceLimits: THREAD_LIMITS }), batches: new Map(), queued: 0 };
    lane.worker.unref(); // sends in flight keep the process alive, not an idle pool
    lane.worker.on('message', (reply: EncryptReply) => settle(lane, reply));
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return; // 'error' is followed by 'exit'
      failed = true;
      // A crashed thread fails only its own messages (the dispatcher retries them); a new one takes its place.
      const lost = [...lane.batches.values()].flat();
      lane.batches.clear();
      lane.queued = 0;
      for (const p of lost) p.reject(err);
      if (!closed) lanes[lanes.indexOf(lane)] = startLane();
    };
    lane.worker.once('error', fail);
    lane.worker.once('exit', (code) => fail(new Error(`encryption thread exited (${code})`)));
    return lane;
  }

  function settle(lane: Lane, { batch, bodies, ends, errors }: EncryptReply) {
    const pending = lane.batches.get(batch);
    if (!pending) return;
    lane.batches.delete(batch);
    lane.queued -= pending.length;
    const all = Buffer.from(bodies);
    let start = 0;
    for (let i = 0; i < pending.length; i++) {
      const e = errors[i];
      if (e) pending[i].reject(e.invalidKeys ? new InvalidSubscriptionKeysError(e.message) : new Error(e.message));
      else pending[i].resolve(all.subarray(start, ends[i]));
      start = ends[i];
    }
  }

  // Messages asked for in the same turn of the event loop (a claimed batch starting) go out together.
  function flush() {
    scheduled = false;
    while (queue.length) {
      const take = queue.splice(0, maxBatch);
      const lane = lanes.reduce((a, b) => (b.queued < a.queued ? b : a));
      const batch = nextBatch++;
      lane.batches.set(
        batch,
        take.map((t) => t.pending),
      );
      lane.queued += take.length;
      lane.worker.postMessage(toRequest(batch, take));
    }
  }

  for (let i = 0; i < threads; i++) lanes.push(startLane());
  return {
    threads,
    encrypt(job) {
      if (closed) return Promise.reject(new Error('the encryption pool is closed'));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ job, pending: { resolve, reject } });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      closed = true;
      await Promise.all(lanes.map((l) => l.worker.terminate()));
    },
  };
}
