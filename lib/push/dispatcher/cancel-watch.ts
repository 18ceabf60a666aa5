import { performance } from 'node:perf_hooks';
import type { SqlClient } from '../../db/sql-client';
import { anyText } from '../../db/sql-expressions';

// Cancel means cancelled: once cancelNotification returns, no dispatcher starts a request for that notification.
// A claim may hold a delivery for a while (waiting for a slot), so the flag read at claim time is not enough. Each
// send starts only if a look at the cancellations that BEGAN less than CANCEL_FENCE_MS ago said "not cancelled",
// and cancelNotification waits CANCEL_WAIT_MS (> the fence) after its commit: any send starting after it returns used
// a look that began after the commit, and so saw it. Looks are shared by every send of the moment and refreshed in
// the background every LOOK_EVERY_MS while sending (one small query), so a send rarely waits for one and a cancel
// usually bites within that time; the fence is long enough that a slow database does not stall the sends. A look
// that fails (database gone) lets nothing through.

export const CANCEL_FENCE_MS = 1000;
/** What cancelNotification waits after committing: longer than the fence, with room for timer jitter. */
export const CANCEL_WAIT_MS = CANCEL_FENCE_MS + 100;
const LOOK_EVERY_MS = 25;

export type CancelWatch = {
  /** Deliveries of these notifications were claimed: their cancellations are looked at until released. */
  watch(notificationId: string): void;
  release(notificationId: string): void;
  /** true when the notification is cancelled; throws when the database could not be asked (send nothing then). */
  isCancelled(notificationId: string): Promise<boolean>;
};

export function createCancelWatch(sql: SqlClient, now: () => number = () => performance.now()): CancelWatch {
  // Per notification: claimed deliveries outstanding, and when the last look that asked about it began.
  const watched = new Map<string, { count: number; lookedAt: number }>();
  // A cancelled notification stays cancelled: remembered (boundedly) after its deliveries are done.
  const cancelled = new Set<string>();
  let looking: Promise<void> | undefined;

  async function look(): Promise<void> {
    const began = now();
    const asked = [...watched.entries()].filter(([id]) => !cancelled.has(id));
    if (asked.length) {
      const rows = await sql.kysely
        .selectFrom('Notification')
        .select('id')
        .where('id', '=', anyText(asked.map(([id]) => id)))
        .where('cancelledAt', 'is not', null)
        .execute();
      for (const r of rows) cancelled.add(r.id);
      if (cancelled.size > 10_000) cancelled.delete(cancelled.values().next().value!);
    }
    for (const [, entry] of asked) entry.lookedAt = Math.max(entry.lookedAt, began);
  }
  const shared = () => (looking ??= look().finally(() => (looking = undefined)));

  return {
    watch(id) {
      const entry = watched.get(id);
      if (entry) entry.count++;
      else watched.set(id, { count: 1, lookedAt: -Infinity });
    },
    release(id) {
      const entry = watched.get(id);
      if (entry && --entry.count <= 0) watched.delete(id);
    },
    async isCancelled(id) {
      const entry = watched.get(id) ?? { count: 0, lookedAt: -Infinity };
      try {
        // Too old for this send (or never asked): wait for a look that asks about it and began recently enough.
        while (!cancelled.has(id) && now() - entry.lookedAt > CANCEL_FENCE_MS) {
          if (!watched.has(id)) watched.set(id, entry);
          await shared();
        }
      } finally {
        // An id asked about without a watch was only lent to the looks: every later look would ask about it again.
        if (entry.count <= 0 && watched.get(id) === entry) watched.delete(id);
      }
      if (now() - entry.lookedAt > LOOK_EVERY_MS) shared().catch(() => undefined); // fresher for the next sends
      return cancelled.has(id);
    },
  };
}
