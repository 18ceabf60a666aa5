import { afterEach, describe, expect, it, vi } from 'vitest';
import { PushTimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the answer when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve('sub'), 1000)).resolves.toBe('sub');
    await expect(withTimeout(Promise.reject(new Error('refused')), 1000)).rejects.toThrow('refused');
  });

  it('rejects with PushTimeoutError when the work never settles', async () => {
    vi.useFakeTimers();
    const never = withTimeout(new Promise(() => undefined), 20_000);
    const caught = never.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(19_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await caught).toBeInstanceOf(PushTimeoutError);
  });

  it('leaves no timer behind once settled', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve(1), 20_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
