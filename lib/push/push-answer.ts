import { HTTP_TIMEOUT, MAX_RESPONSE_BODY, networkError } from './push-network-error';
import type { PushResult } from './types';

/** What a POST held back by its WriteGate returns: nothing was written. */
export const HELD_BACK: PushResult = { kind: 'unsent', error: 'held_back' };

/**
 * The one PushResult of a POST, whatever the transport: the first of the answer, an error or the timeout wins
 * (HTTP_TIMEOUT after `timeoutMs`, then `abort` cancels the request); later events are ignored.
 */
export function settleOnce(resolve: (r: PushResult) => void, timeoutMs: number, abort: () => void) {
  let settled = false;
  const timer = setTimeout(() => {
    done({ kind: 'network', error: HTTP_TIMEOUT });
    abort();
  }, timeoutMs);
  function done(r: PushResult) {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    resolve(r);
  }
  return { done, fail: (err: NodeJS.ErrnoException) => done({ kind: 'network', error: networkError(err) }) };
}

/** The answer's body, kept up to MAX_RESPONSE_BODY, and the PushResult it makes with the status. */
export function collectAnswer() {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    add(chunk: Buffer) {
      if (size < MAX_RESPONSE_BODY) chunks.push(chunk);
      size += chunk.length;
    },
    result(statusCode: number, retryAfter: string | undefined): PushResult {
      const body = Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BODY).toString('utf8');
      return { kind: 'response', statusCode, ...(retryAfter !== undefined ? { retryAfter } : {}), body };
    },
  };
}
