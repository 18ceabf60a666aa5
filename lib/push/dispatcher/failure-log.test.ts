import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../../log/logger';
import { createFailureLog } from './failure-log';

function fakeLogger() {
  const lines: Array<{ level: LogLevel; msg: string; fields?: Record<string, unknown> }> = [];
  const log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, msg, fields });
  return { lines, log };
}

describe('failure log', () => {
  it('logs an outage once when it starts, a summary per period while it lasts, and once when it ends', () => {
    const { lines, log } = fakeLogger();
    const clock = { t: 0 };
    const opts = { summaryEveryMs: 10_000, now: () => clock.t };
    const failures = createFailureLog(log, 'recording delivery outcomes', opts);
    failures.succeeded();
    expect(lines).toEqual([]);
    // 17 s of outage, a failed try every 100 ms: 170 failures.
    for (; clock.t < 17_000; clock.t += 100) failures.failed(new Error('connection refused'), { pending: 3 });
    expect(failures.failing).toBe(true);
    failures.succeeded();
    failures.succeeded();
    expect(failures.failing).toBe(false);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['error', 'recording delivery outcomes failing'],
      ['error', 'recording delivery outcomes still failing'],
      ['info', 'recording delivery outcomes recovered'],
    ]);
    expect(lines[0].fields).toEqual({ pending: 3, error: 'Error: connection refused' });
    expect(lines[1].fields).toMatchObject({ failures: 101, sinceMs: 10_000 });
    expect(lines[2].fields).toMatchObject({ failures: 170, downMs: 17_000 });
  });

  it('a second outage is logged as a new one', () => {
    const { lines, log } = fakeLogger();
    const failures = createFailureLog(log, 'claiming deliveries');
    failures.failed('down');
    failures.succeeded();
    failures.failed('down again');
    expect(lines.map((l) => l.msg)).toEqual([
      'claiming deliveries failing',
      'claiming deliveries recovered',
      'claiming deliveries failing',
    ]);
  });
});
