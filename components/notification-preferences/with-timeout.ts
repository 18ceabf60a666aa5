/** How long turning notifications on may wait for the browser and its push service before saying so. */
export const SUBSCRIBE_TIMEOUT_MS = 20_000;

/** The push service (or the browser's service worker) did not answer in time. */
export class PushTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'PushTimeoutError';
  }
}

/**
 * `work`, or a PushTimeoutError after `ms`: pushManager.subscribe() has no deadline of its own, and a push service
 * that never answers would otherwise leave "Please wait…" on screen forever.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PushTimeoutError(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
