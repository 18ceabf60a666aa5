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

/** Why a delivery whose lease would run out mid-send went back to the queue instead (sendWindowMs). */
export const LEASE_RAN_OUT = 'not started: its claim would have run out during the send';

/** Why a delivery whose device renewed its subscription since the claim went back to the queue. */
export const DEVICE_MOVED = 'not sent: the device has a new endpoint since it was claimed';

/** One claimed delivery, from its slot to its outcome in the flusher's buffer. */
export function createDeliverClaimed(o: DeliverClaimedOptions): (d: ClaimedDelivery) => Promise<void> {
  /**
   * The last look before a request leaves: a cancel that has returned, or the device's removal, stops it
   * (cancel-watch.ts says how). A device with a new endpoint gets the message there: the row is claimed again.
   */
  async function lastLook(d: ClaimedDelivery): Promise<Outcome | undefined> {
    try {
      if (await o.cancels.isCancelled(d.notificationId)) return { status: 'cancelled' };
      const device = await o.cancels.deviceVerdict(d);
      if (device === 'removed') return { status: 'gone', error: 'device removed before sending' };
      if (device === 'moved') return { status: 'retry', dueAt: new Date(), error: DEVICE_MOVED };
      return undefined;
    } catch (err) {
      // Nothing is sent without the look; the row goes back to the queue with no attempt spent.
      const dueAt = new Date(Date.now() + o.retryLookMs);
      return { status: 'retry', dueAt, error: `could not check for a cancel: ${String(err)}` };
    }
  }

  type Decided = { outcome: Outcome; attempted: boolean; giveBack?: boolean };

  /**
   * Why `d` must not be sent, if it must not: skipped for good, cancelled, its device removed or moved; and
   * `beforeWrite`, its lease could run out mid-send (another worker would then send it too): given back, no attempt.
   */
  async function reasonToStop(d: ClaimedDelivery, beforeWrite: boolean): Promise<Decided | undefined> {
    const skipped = o.messages.skipOutcome(d);
    if (skipped) return { outcome: skipped, attempted: false };
    if (beforeWrite && !o.messages.withinLease(d)) return giveBack(LEASE_RAN_OUT);
    const looked = await lastLook(d);
    // A look that could not be made says nothing about the row: its claim is given back rather than spent.
    if (looked)
      return looked.status === 'retry'
        ? { outcome: looked, attempted: false, giveBack: true }
        : { outcome: looked, attempted: false };
    return undefined;
  }

  const giveBack = (error: string): Decided => ({
    outcome: { status: 'retry', dueAt: new Date(), error },
    attempted: false,
    giveBack: true,
  });

  async function outcomeOf(d: ClaimedDelivery): Promise<Decided> {
    // The one look on the way out, right before the request is written: encryption and a connection may have taken a
    // while since the claim, so a look made earlier would only be repeated there.
    let asked = false;
    let stopped: Decided | undefined;
    const gate = async () => {
      asked = true;
      return !(stopped = await reasonToStop(d, true));
    };
    const result = await o.messages.post(d, gate);
    // Never asked: nothing was written (WriteGate), so what became of the row meanwhile (a cancel, a removed device)
    // says more than the failure that stopped the send first (a refused endpoint, a connection that failed).
    if (!asked) stopped = await reasonToStop(d, false);
    if (stopped) return stopped;
    if (result.kind === 'unsent') {
      // The message could not be made (an encryption thread died): no attempt, but the claim counts towards the
      // guard against a row that stops every worker (skipOutcome).
      const dueAt = new Date(Date.now() + o.retryLookMs);
      return { outcome: { status: 'retry', dueAt, error: `not sent: ${result.error}` }, attempted: false };
    }
    const context = { attempts: d.attempts + 1, expiresAt: d.expiresAt, now: new Date(), policy: o.policy };
    return { outcome: classifyOutcome(result, context), attempted: true };
  }

  return async (d) => {
    try {
      const { outcome, attempted, giveBack = false } = await outcomeOf(d);
      o.stats[STAT_OF[outcome.status]]++;
      logFailedPush(o.log, outcome, { endpoint: d.endpoint, deliveryId: d.id, notificationId: d.notificationId });
      o.flusher.add({ id: d.id, claims: d.claims, endpoint: d.endpoint, outcome, attempted, giveBack });
    } finally {
      o.messages.forget(d);
      o.cancels.release(d.notificationId);
      o.cancels.releaseDevice(d);
    }
  };
}
