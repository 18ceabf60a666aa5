import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('bench arguments', () => {
  it('defaults to n = 10,000, Crieur at the product’s concurrency (256), the target’s pool 64 wide', () => {
    const a = parseArgs([], {});
    expect(a).toMatchObject({
      n: 10_000,
      quick: false,
      json: false,
      latencyMs: 50,
      concurrency: 256,
      poolConcurrency: 64,
      sequentialSample: 200,
      latencySamples: 50,
    });
    expect([...a.only]).toEqual(['crypto', 'sequential', 'pool', 'crieur', 'scaleout']);
    expect(a.plainHttp).toBe(false);
  });

  it('--reached-ago seeds the devices as reached that many minutes ago; by default they were never reached', () => {
    expect(parseArgs([], {}).reachedAgoMinutes).toBeNull();
    expect(parseArgs(['--reached-ago', '10'], {}).reachedAgoMinutes).toBe(10);
    expect(() => parseArgs(['--reached-ago', '-1'], {})).toThrow(UsageError);
  });

  it('--max-streams sets the streams one HTTP/2 connection of the receiver may have open (1,000 by default)', () => {
    expect(parseArgs([], {}).maxStreams).toBe(1000);
    expect(parseArgs(['--max-streams', '100'], {}).maxStreams).toBe(100);
    expect(() => parseArgs(['--max-streams', '0'], {})).toThrow(UsageError);
  });

  it('--plain-http keeps the first round’s plain receiver', () => {
    expect(parseArgs(['--plain-http'], {}).plainHttp).toBe(true);
  });

  it('--quick is a small run unless n is given', () => {
    expect(parseArgs(['--quick'], {})).toMatchObject({
      n: 1_000,
      quick: true,
      sequentialSample: 20,
      latencySamples: 20,
    });
    expect(parseArgs(['--quick', '--n', '300'], {}).n).toBe(300);
  });

  it('reads values after the flag or after =, with _ separators, and PUSH_CONCURRENCY', () => {
    expect(parseArgs(['--n=100_000', '--json', '--latency-ms', '0'], { PUSH_CONCURRENCY: '128' })).toMatchObject({
      n: 100_000,
      json: true,
      latencyMs: 0,
      concurrency: 128,
      poolConcurrency: 64,
    });
    expect(parseArgs(['--concurrency', '256', '--pool-concurrency', '64'], {})).toMatchObject({
      concurrency: 256,
      poolConcurrency: 64,
    });
  });

  it('never samples more sequential sends than n', () => {
    expect(parseArgs(['--n', '50'], {}).sequentialSample).toBe(50);
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--m', '3'], {})).toThrow(UsageError);
    expect(() => parseArgs(['--n', '-1'], {})).toThrow(/--n must be an integer/);
    expect(() => parseArgs(['--only', 'crieur,fcm'], {})).toThrow(/unknown contender "fcm"/);
    expect(() => parseArgs(['100000'], {})).toThrow(/unexpected argument/);
  });
});
