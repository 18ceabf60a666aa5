import type { Logger } from '../../log/logger';
import { logFailedPush } from './log-failed-push';
import type { CancelWatch } from './cancel-watch';
import type { ClaimedMessages } from './claimed-messages';
import { STAT_OF, type DispatchStats } from './dispatch-stats';
import type { ClaimedDelivery } from './delivery-store';
import { classifyOutcome, type Outcome, type RetryPolicy } from './outcome';
import type { OutcomeFlusher } from './outcome-flusher';

export type DeliverClaimedOptions = {
  messages: ClaimedMessages;
  cancels: CancelWatch;
  flusher: OutcomeFlusher;
  policy: RetryPolicy;
  stats: DispatchStats;
  /** When a row whose cancel look failed is due again. */
  retryLookMs: number;
  log: Logger;
};

/** One claimed delivery, from its slot to its outcome in the flusher's buffer. */
export function createDeliverClaimed(o: DeliverClaimedOptions): (d: ClaimedDelivery) => Promise<void> {
  /** The last look before a request leaves: a cancel that has returned stops it (cancel-watch.ts says how). */
  async function lastLook(d: ClaimedDelivery): Promise<Outcome | undefined> {
    try {
      return (await o.cancels.isCancelled(d.notificationId)) ? { status: 'cancelled' } : undefined;
    } catch (err) {
      // Nothing is sent without the look; the row goes back to the queue with no attempt spent.
      const dueAt = new Date(Date.now() + o.retryLookMs);
      return { status: 'retry', dueAt, error: `could not check for a cancel: ${String(err)}` };
    }
  }

  async function outcomeOf(d: ClaimedDelivery): Promise<{ outcome: Outcome; attempted: boolean }> {
    const skipped = o.messages.skipOutcome(d) ?? (await lastLook(d));
    if (skipped) {
      o.messages.forget(d);
      return { outcome: skipped, attempted: false };
    }
    const result = await o.messages.post(d);
    const context = { attempts: d.attempts + 1, expiresAt: d.expiresAt, now: new Date(), policy: o.policy };
    return { outcome: classifyOutcome(result, context), attempted: true };
  }

  return async (d) => {
    try {
      const { outcome, attempted } = await outcomeOf(d);
      o.stats[STAT_OF[outcome.status]]++;
      logFailedPush(o.log, outcome, { endpoint: d.endpoint, deliveryId: d.id, notificationId: d.notificationId });
      o.flusher.add({ id: d.id, claims: d.claims, outcome, attempted });
    } finally {
      o.cancels.release(d.notificationId);
    }
  };
}
