import { HttpError } from './json-error';

/**
 * A sliding-window limiter kept in this process's memory: enough to stop one account hammering an endpoint.
 * Several app processes (PostgreSQL deployments) each keep their own window, so the real limit is N × limit.
 */
export function createRateLimiter(opts: { limit: number; windowMs: number; now?: () => number }) {
  const { limit, windowMs } = opts;
  const now = opts.now ?? Date.now;
  const hits = new Map<string, number[]>();

  function recent(key: string, t: number): number[] {
    const list = (hits.get(key) ?? []).filter((h) => h > t - windowMs);
    if (list.length) hits.set(key, list);
    else hits.delete(key);
    return list;
  }

  function sweep(t: number) {
    // Bound memory when many accounts touch the limiter once and never again.
    if (hits.size < 10_000) return;
    for (const key of [...hits.keys()]) recent(key, t);
  }

  return {
    /** Throws 429 (with Retry-After in seconds) when the key has used its budget for the window. */
    assertAllowed(key: string) {
      const t = now();
      const list = recent(key, t);
      if (list.length >= limit) {
        const retryAfter = Math.max(1, Math.ceil((list[0] + windowMs - t) / 1000));
        throw new HttpError(429, 'rate_limited', { retryAfter }, { 'Retry-After': String(retryAfter) });
      }
    },
    record(key: string) {
      const t = now();
      sweep(t);
      hits.set(key, [...recent(key, t), t]);
    },
    /** assertAllowed + record. */
    take(key: string) {
      this.assertAllowed(key);
      this.record(key);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
