import type { Logger } from '../../log/logger';
import { createFailureLog } from './failure-log';

/** Upkeep the claim loop runs between two claims: the definition; the runner below decides when. */
export type PeriodicJob = {
  name: string;
  everyMs: number;
  /** Counts of what it did; a line is logged (`doneMessage`) only when one of them is not 0. */
  run(): Promise<Record<string, number>>;
  doneMessage: string;
};

export type JobRunner = { runDue(): Promise<void> };

/** Runs each job when its period has passed (the first time at once), one at a time; failures never stop the loop. */
export function createJobRunner(jobs: PeriodicJob[], log: Logger, now: () => number = Date.now): JobRunner {
  const state = jobs.map((job) => ({ job, ranAt: -Infinity, failures: createFailureLog(log, `push job ${job.name}`) }));
  return {
    async runDue() {
      for (const s of state) {
        if (now() - s.ranAt < s.job.everyMs) continue;
        s.ranAt = now();
        try {
          const counts = await s.job.run();
          s.failures.succeeded();
          if (Object.values(counts).some(Boolean)) log('info', s.job.doneMessage, counts);
        } catch (err) {
          s.failures.failed(err);
        }
      }
    },
  };
}
