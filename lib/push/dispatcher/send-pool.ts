import type { ClaimedDelivery } from './delivery-store';
import type { OutcomeFlusher } from './outcome-flusher';
import { semaphore } from './semaphore';

export type SendPool = {
  /**
   * Waits for a free slot and for room in the outcome buffer, then starts delivering `d` (without waiting for it).
   * false: `giveUp` said so meanwhile (the dispatcher is stopping) and `d` was not started.
   */
  submit(d: ClaimedDelivery, giveUp: () => boolean): Promise<boolean>;
  /** Resolves once every started delivery has finished. */
  settle(): Promise<void>;
};

export function createSendPool(o: {
  concurrency: number;
  flusher: OutcomeFlusher;
  deliver: (d: ClaimedDelivery) => Promise<void>;
}): SendPool {
  const slots = semaphore(o.concurrency);
  const inFlight = new Set<Promise<void>>();
  return {
    async submit(d, giveUp) {
      await slots.acquire();
      // Checked last, with the slot held, and followed by no await before the start: see create-dispatcher.ts.
      await o.flusher.waitForRoom(giveUp);
      if (giveUp()) {
        slots.release();
        return false;
      }
      const p: Promise<void> = o.deliver(d).finally(() => {
        slots.release();
        inFlight.delete(p);
      });
      inFlight.add(p);
      return true;
    },
    settle: async () => void (await Promise.all(inFlight)),
  };
}
