import { describe, expect, it } from 'vitest';
import { createJobRunner, type PeriodicJob } from './periodic-jobs';

describe('periodic job runner', () => {
  it('runs each job at once, then by its period; a failing job neither stops the others nor floods', async () => {
    const clock = { t: 0 };
    const ran: string[] = [];
    const lines: string[] = [];
    const job = (name: string, everyMs: number, run: () => Promise<Record<string, number>>): PeriodicJob => ({
      name,
      everyMs,
      doneMessage: `${name} done`,
      run: () => (ran.push(name), run()),
    });
    const runner = createJobRunner(
      [
        job('often', 10, async () => ({ n: 1 })),
        job('broken', 10, async () => Promise.reject(new Error('database down'))),
        job('rarely', 100, async () => ({ n: 0 })),
      ],
      (_level, msg) => void lines.push(msg),
      () => clock.t,
    );
    await runner.runDue();
    clock.t = 5;
    await runner.runDue();
    clock.t = 20;
    await runner.runDue();
    expect(ran).toEqual(['often', 'broken', 'rarely', 'often', 'broken']);
    // A job that did nothing logs nothing; the broken one logs once for both failures.
    expect(lines).toEqual(['often done', 'push job broken failing', 'often done']);
  });
});
