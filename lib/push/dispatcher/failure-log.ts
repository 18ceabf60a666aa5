import type { Logger } from '../../log/logger';

// An outage makes the same call fail many times a second (each finished send used to start another failing flush:
// ~150 error lines in 17 s). What an operator needs is when it began, that it is still going on, and when it ended.

export type FailureLog = {
  /** A failed try: logs only the first failure of a run, then a summary every `summaryEveryMs`. */
  failed(err: unknown, fields?: Record<string, unknown>): void;
  /** A successful try: logs "recovered" once if the previous tries failed. */
  succeeded(): void;
  readonly failing: boolean;
};

export const FAILURE_SUMMARY_EVERY_MS = 60_000;

/** One line per state change (healthy → failing → recovered) of `what`, plus a periodic summary while failing. */
export function createFailureLog(
  log: Logger,
  what: string,
  opts: { summaryEveryMs?: number; now?: () => number } = {},
): FailureLog {
  const summaryEveryMs = opts.summaryEveryMs ?? FAILURE_SUMMARY_EVERY_MS;
  const now = opts.now ?? Date.now;
  let run: { since: number; failures: number; loggedAt: number; lastError: string } | undefined;
  return {
    failed(err, fields) {
      const error = String(err);
      if (!run) {
        run = { since: now(), failures: 1, loggedAt: now(), lastError: error };
        log('error', `${what} failing`, { ...fields, error });
        return;
      }
      run.failures++;
      run.lastError = error;
      if (now() - run.loggedAt < summaryEveryMs) return;
      run.loggedAt = now();
      log('error', `${what} still failing`, { ...fields, failures: run.failures, sinceMs: now() - run.since, error });
    },
    succeeded() {
      if (!run) return;
      log('info', `${what} recovered`, { failures: run.failures, downMs: now() - run.since, lastError: run.lastError });
      run = undefined;
    },
    get failing() {
      return run !== undefined;
    },
  };
}
