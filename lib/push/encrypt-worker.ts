// Worker-thread side of the encryption pool (encryption-pool.ts): encrypts batches of messages off the
// dispatcher's event loop. One reply per batch, bodies in one transferred buffer, so a batch costs two messages.
import { parentPort } from 'node:worker_threads';
import { encryptForSubscription, InvalidSubscriptionKeysError } from './encrypt-aes128gcm';

export type EncryptJob = { p256dh: string; auth: string; payload: string };
export type EncryptRequest = { batch: number; jobs: EncryptJob[] };
/** `ends[i]`: where job i's body ends in `bodies` (a job that failed has an empty body and an error). */
export type EncryptError = { invalidKeys: boolean; message: string };
export type EncryptReply = { batch: number; bodies: ArrayBuffer; ends: Uint32Array; errors: (EncryptError | null)[] };

/** Answers the pool's requests on this thread (`inspect` lets a test see a request before it is served). */
export function serveEncryptRequests(inspect?: (request: EncryptRequest) => void) {
  parentPort!.on('message', (request: EncryptRequest) => {
    inspect?.(request);
    const { reply, transfer } = encryptBatch(request);
    parentPort!.postMessage(reply, transfer);
  });
}

export function encryptBatch({ batch, jobs }: EncryptRequest): { reply: EncryptReply; transfer: ArrayBuffer[] } {
  const parts: Buffer[] = [];
  const errors: (EncryptError | null)[] = [];
  const ends = new Uint32Array(jobs.length);
  let total = 0;
  for (let i = 0; i < jobs.length; i++) {
    const { p256dh, auth, payload } = jobs[i];
    try {
      const body = encryptForSubscription(p256dh, auth, payload);
      parts.push(body);
      total += body.length;
      errors.push(null);
    } catch (err) {
      errors.push({
        invalidKeys: err instanceof InvalidSubscriptionKeysError,
        message: (err as Error)?.message ?? String(err),
      });
    }
    ends[i] = total;
  }
  const bodies = Buffer.concat(parts, total);
  // A fresh ArrayBuffer of exactly the bodies (Buffer.concat may return a slice of the shared pool).
  const out =
    bodies.byteOffset === 0 && bodies.buffer.byteLength === total
      ? bodies.buffer
      : bodies.buffer.slice(bodies.byteOffset, bodies.byteOffset + total);
  return { reply: { batch, bodies: out as ArrayBuffer, ends, errors }, transfer: [out as ArrayBuffer] };
}
