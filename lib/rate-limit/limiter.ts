import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db/client';
import { RateLimitedError, type QuotaState } from './rate-limited-error';

export type LimitPolicy = {
  /** Prefix of the keys in the RateLimit table, and the policy name in the RateLimit HTTP fields. */
  name: string;
  points: number;
  windowSeconds: number;
};

// rate-limiter-flexible's Prisma store keeps the counters in the database every instance shares (PGlite or
// PostgreSQL): one atomic INSERT … ON CONFLICT DO UPDATE per hit, so limits hold across web instances. The model is
// read through db() at each call, so tests that swap databases (setDatabase) get the current one.
const store = {
  get rateLimit() {
    return db().rateLimit;
  },
};

// One timer per process deletes counters that expired more than an hour ago (the library's own sweep).
const g = globalThis as unknown as { __crieurRateLimitSweep?: true };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Keys may be e-mails or addresses: store a digest, so the table holds no personal data in clear. */
export const limitKey = (raw: string) => createHash('sha256').update(raw).digest('base64url');

/** A fixed-window counter per key: `points` hits per `windowSeconds`, counted in the database. */
export function createLimiter(policy: LimitPolicy) {
  const sweep = !g.__crieurRateLimitSweep;
  g.__crieurRateLimitSweep = true;
  const limiter = new RateLimiterPrisma({
    storeClient: store,
    tableName: 'rateLimit',
    keyPrefix: policy.name,
    points: policy.points,
    duration: policy.windowSeconds,
    clearExpiredByTimeout: sweep,
  });
  const stateOf = (res: RateLimiterRes | null): QuotaState => ({
    policy: policy.name,
    limit: policy.points,
    windowSeconds: policy.windowSeconds,
    remaining: res ? Math.max(0, policy.points - res.consumedPoints) : policy.points,
    resetSeconds: res && res.msBeforeNext >= 0 ? seconds(res.msBeforeNext) : policy.windowSeconds,
  });
  const refused = (res: RateLimiterRes) =>
    new RateLimitedError(seconds(res.msBeforeNext), { ...stateOf(res), remaining: 0 });

  return {
    policy,
    /** Spends `points` of the key's budget, or throws RateLimitedError once it is used up. */
    async take(key: string, points = 1): Promise<QuotaState> {
      try {
        return stateOf(await limiter.consume(key, points));
      } catch (err) {
        if (err instanceof RateLimiterRes) throw refused(err);
        throw err;
      }
    },
    /** Throws RateLimitedError when the key has no budget left, without spending any. */
    async check(key: string): Promise<QuotaState> {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= policy.points) throw refused(res);
      return stateOf(res);
    },
    /** Counts a hit whatever the budget says (after the fact: e.g. only real changes are counted). */
    async record(key: string): Promise<void> {
      await limiter.penalty(key, 1);
    },
    /** Gives points back (an attempt that turned out not to count). */
    async refund(key: string, points = 1): Promise<void> {
      await limiter.reward(key, points);
    },
    /** Refuses the key for `seconds`, whatever its count. */
    async block(key: string, seconds: number): Promise<void> {
      await limiter.block(key, seconds);
    },
    /** Forgets the key's count. */
    async reset(key: string): Promise<void> {
      await limiter.delete(key);
    },
  };
}

export type Limiter = ReturnType<typeof createLimiter>;

/**
 * A limiter created on first use, not at import: `next build` imports every route, and a limiter starts the
 * expired-row sweep (which opens the database); its policy may also come from the environment.
 */
export function lazyLimiter(policy: () => LimitPolicy): () => Limiter {
  let limiter: Limiter | undefined;
  return () => (limiter ??= createLimiter(policy()));
}
