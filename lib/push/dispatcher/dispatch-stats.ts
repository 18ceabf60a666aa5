import type { Logger } from '../../log/logger';
import type { Outcome } from './outcome';

export type DispatchStats = {
  claimed: number;
  sent: number;
  gone: number;
  failed: number;
  retried: number;
  expired: number;
  cancelled: number;
};

export const zeroStats = (): DispatchStats => ({
  claimed: 0,
  sent: 0,
  gone: 0,
  failed: 0,
  retried: 0,
  expired: 0,
  cancelled: 0,
});

export const STAT_OF: Record<Outcome['status'], keyof DispatchStats> = {
  sent: 'sent',
  gone: 'gone',
  failed: 'failed',
  retry: 'retried',
  expired: 'expired',
  cancelled: 'cancelled',
};

export const statsSince = (now: DispatchStats, before: DispatchStats): DispatchStats =>
  Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - before[k as keyof DispatchStats]])) as DispatchStats;

/** One "progress" log line per 10 s of work (and one when the dispatcher goes idle), not one per message. */
export function progressReporter(stats: DispatchStats, log: Logger) {
  let last = { at: Date.now(), stats: zeroStats() };
  return (force: boolean) => {
    if (!force && Date.now() - last.at < 10_000) return;
    const delta = statsSince(stats, last.stats);
    if (Object.values(delta).some(Boolean))
      log('info', 'push dispatch progress', { ...delta, ms: Date.now() - last.at });
    last = { at: Date.now(), stats: { ...stats } };
  };
}
