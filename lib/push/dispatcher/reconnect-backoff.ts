import { backoffDelayMs } from './outcome';

/** How long to wait before connection try n (1, 2, …): 100 ms doubling to 5 s, with jitter so workers spread out. */
export function reconnectDelayMs(tries: number, random: () => number = Math.random): number {
  return backoffDelayMs(tries, { maxAttempts: Infinity, backoffBaseMs: 100, backoffMaxMs: 5_000 }, random);
}
