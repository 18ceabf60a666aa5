import { afterEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { useMigratedDatabase } from '../../test/use-database';
import { createLimiter } from './limiter';
import { RateLimitedError } from './rate-limited-error';

// The behaviour of the hand-written limiter it replaced (lib/http/rate-limiter.ts), now counted in the database.
describeEachDatabase('createLimiter', (kind) => {
  useMigratedDatabase(kind);
  afterEach(() => vi.useRealTimers());

  async function refusal(p: Promise<unknown>): Promise<RateLimitedError> {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RateLimitedError);
    return err as RateLimitedError;
  }

  it('allows the limit per window and key, then refuses with Retry-After until the window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const limiter = createLimiter({ name: 'test-a', points: 3, windowSeconds: 60 });
    await limiter.take('a');
    vi.setSystemTime(new Date('2026-12-01T10:00:10Z'));
    await limiter.take('a');
    await limiter.take('a');
    await limiter.take('b'); // other key, own budget
    const err = await refusal(limiter.take('a'));
    expect(err.retryAfterSeconds).toBe(50);
    expect(err.quota).toMatchObject({ policy: 'test-a', limit: 3, windowSeconds: 60, remaining: 0, resetSeconds: 50 });
    vi.setSystemTime(new Date('2026-12-01T10:01:00Z')); // the first hit is now 60 s old
    expect(await limiter.take('a')).toMatchObject({ remaining: 2 });
  });

  it('check does not spend the budget; record counts without refusing', async () => {
    const limiter = createLimiter({ name: 'test-b', points: 1, windowSeconds: 1000 });
    for (let i = 0; i < 5; i++) await limiter.check('a');
    await limiter.record('a');
    await refusal(limiter.check('a'));
    await limiter.record('a'); // never throws
  });

  it('counts concurrent hits exactly: 20 at once against a limit of 5 let 5 through', async () => {
    const limiter = createLimiter({ name: 'test-c', points: 5, windowSeconds: 60 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => limiter.take('k')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });

  it('refund gives points back, reset forgets the key, block refuses it for a while', async () => {
    const limiter = createLimiter({ name: 'test-d', points: 1, windowSeconds: 60 });
    await limiter.take('a');
    await limiter.refund('a');
    await limiter.take('a');
    await limiter.reset('a');
    await limiter.take('a');
    await limiter.reset('a');
    await limiter.block('a', 600);
    expect((await refusal(limiter.take('a'))).retryAfterSeconds).toBeGreaterThan(590);
  });
});
