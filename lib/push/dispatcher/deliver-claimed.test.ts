import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../log/logger';
import { HELD_BACK } from '../push-answer';
import type { PushResult, WriteGate } from '../types';
import type { CancelWatch } from './cancel-watch';
import type { ClaimedMessages } from './claimed-messages';
import { createDeliverClaimed, LEASE_RAN_OUT } from './deliver-claimed';
import type { ClaimedDelivery } from './delivery-store';
import { zeroStats } from './dispatch-stats';
import { DEFAULT_RETRY_POLICY } from './outcome';
import type { OutcomeFlusher } from './outcome-flusher';
import type { DeliveryResult } from './record-results';

// The way out of one claimed delivery, with its collaborators faked: which look is made when, and what is recorded.

const delivery = { id: '1', notificationId: 'n1', endpoint: 'https://push.test/1', claims: 1 } as ClaimedDelivery;

type World = { cancelled?: boolean; inLease?: boolean };

/** `post` plays the sender: gets the gate, answers as a sender would (asking it or not), may change `world`. */
function harness(post: (gate: WriteGate, world: World) => Promise<PushResult>, world: World = {}) {
  const looks = { cancel: 0, device: 0, lease: 0 };
  const recorded: DeliveryResult[] = [];
  const messages = {
    skipOutcome: () => undefined,
    withinLease: () => (looks.lease++, world.inLease ?? true),
    post: (_d: ClaimedDelivery, gate: WriteGate) => post(gate, world),
    forget: () => undefined,
  } as unknown as ClaimedMessages;
  const cancels = {
    isCancelled: async () => (looks.cancel++, world.cancelled ?? false),
    deviceVerdict: async () => (looks.device++, 'present'),
    release: () => undefined,
    releaseDevice: () => undefined,
  } as unknown as CancelWatch;
  const flusher = { add: (r: DeliveryResult) => recorded.push(r) } as unknown as OutcomeFlusher;
  const deliver = createDeliverClaimed({
    messages,
    cancels,
    flusher,
    policy: DEFAULT_RETRY_POLICY,
    stats: zeroStats(),
    retryLookMs: 1000,
    log: silentLogger,
  });
  return { deliver: () => deliver(delivery), looks, recorded };
}

const created: PushResult = { kind: 'response', statusCode: 201, body: '' };
const refused: PushResult = { kind: 'network', error: 'refused' };

describe('a claimed delivery on its way out', () => {
  it('is looked at once, by the gate right before the write: no look repeated ahead of it', async () => {
    const h = harness(async (gate) => ((await gate()) ? created : HELD_BACK));
    await h.deliver();
    expect(h.looks).toEqual({ cancel: 1, device: 1, lease: 1 });
    expect(h.recorded[0]).toMatchObject({ outcome: { status: 'sent' }, attempted: true });
  });

  it('held back by the gate on a cancel: recorded cancelled, no attempt', async () => {
    const h = harness(async (gate) => ((await gate()) ? created : HELD_BACK), { cancelled: true });
    await h.deliver();
    expect(h.recorded[0]).toMatchObject({ outcome: { status: 'cancelled' }, attempted: false, giveBack: false });
  });

  it('held back by the gate once its lease could run out: given back, no attempt', async () => {
    const h = harness(async (gate) => ((await gate()) ? created : HELD_BACK), { inLease: false });
    await h.deliver();
    expect(h.recorded[0]).toMatchObject({
      outcome: { status: 'retry', error: LEASE_RAN_OUT },
      attempted: false,
      giveBack: true,
    });
  });

  it('failing before the gate was asked (nothing written) once cancelled: cancelled, no failed attempt', async () => {
    // Cancelled while it waited for its encryption or connection, which then failed.
    const h = harness(async (_gate, world) => ((world.cancelled = true), refused));
    await h.deliver();
    expect(h.recorded[0]).toMatchObject({ outcome: { status: 'cancelled' }, attempted: false });
    // What became of the row is asked, not whether a send could still start: nothing is started any more.
    expect(h.looks.lease).toBe(0);
  });

  it('failing before the gate was asked, not cancelled: the failure is the attempt it was', async () => {
    const h = harness(async () => refused);
    await h.deliver();
    expect(h.recorded[0]).toMatchObject({ outcome: { status: 'retry', error: 'network: refused' }, attempted: true });
    expect(h.looks.cancel).toBe(1);
  });
});
