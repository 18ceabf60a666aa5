import { describe, expect, it } from 'vitest';
import { HttpError } from './json-error';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('allows the limit per window and key, then answers 429 with Retry-After until the oldest hit leaves the window', () => {
    let t = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => t });
    limiter.take('a');
    t += 10_000;
    limiter.take('a');
    limiter.take('a');
    limiter.take('b'); // other key, own budget
    let err: unknown;
    try {
      limiter.take('a');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(429);
    expect((err as HttpError).headers).toEqual({ 'Retry-After': '50' });
    t += 50_000; // first hit is now 60 s old
    expect(() => limiter.take('a')).not.toThrow();
  });

  it('assertAllowed does not spend the budget', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    for (let i = 0; i < 5; i++) limiter.assertAllowed('a');
    limiter.record('a');
    expect(() => limiter.assertAllowed('a')).toThrow(HttpError);
  });
});
