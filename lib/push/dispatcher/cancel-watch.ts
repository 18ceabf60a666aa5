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
//
// A device removed (by its owner, "turn off everywhere", an ended session, a deleted person) stops its claimed sends
// the same way, within the fence: the claim itself read the device, so a row sent within CANCEL_FENCE_MS of its claim
// needs no other look (no cost on a fan-out's usual path); one that waited longer has its device looked at again. A
// device given a new endpoint since (the browser renewed its subscription) is "moved": the row is claimed again and
// sent to the new one.

export const CANCEL_FENCE_MS = 1000;
/** What cancelNotification waits after committing: longer than the fence, with room for timer jitter. */
export const CANCEL_WAIT_MS = CANCEL_FENCE_MS + 100;
const LOOK_EVERY_MS = 25;

export type DeviceVerdict = 'present' | 'removed' | 'moved';

/** A claimed delivery's device, as the claim read it. */
export type ClaimedDevice = { subscriptionId: string | null; endpoint: string | null };

export type CancelWatch = {
  /** Deliveries of these notifications were claimed: their cancellations are looked at until released. */
  watch(notificationId: string): void;
  release(notificationId: string): void;
  /** true when the notification is cancelled; throws when the database could not be asked (send nothing then). */
  isCancelled(notificationId: string): Promise<boolean>;
  /** A claim read this device at `claimedAt` (performance.now() before the claim): watched until released. */
  watchDevice(device: ClaimedDevice, claimedAt: number): void;
  releaseDevice(device: ClaimedDevice): void;
  /** Whether the device is still there with that endpoint; throws when the database could not be asked. */
  deviceVerdict(device: ClaimedDevice): Promise<DeviceVerdict>;
};

type WatchedDevice = { id: string; endpoint: string; count: number; lookedAt: number; verdict: DeviceVerdict };
const deviceKey = (d: ClaimedDevice) => `${d.subscriptionId}\n${d.endpoint}`;

export function createCancelWatch(sql: SqlClient, now: () => number = () => performance.now()): CancelWatch {
  // Per notification: claimed deliveries outstanding, and when the last look that asked about it began.
  const watched = new Map<string, { count: number; lookedAt: number }>();
  // A cancelled notification stays cancelled: remembered (boundedly) after its deliveries are done.
  const cancelled = new Set<string>();
  const devices = new Map<string, WatchedDevice>();
  let looking: Promise<void> | undefined;

  async function look(): Promise<void> {
    const began = now();
    await Promise.all([lookAtNotifications(began), lookAtDevices(began)]);
  }

  /** Devices not looked at for half the fence, so that a send rarely has to wait for a look of its own. */
  async function lookAtDevices(began: number): Promise<void> {
    const due = [...devices.values()].filter(
      (d) => d.verdict === 'present' && began - d.lookedAt > CANCEL_FENCE_MS / 2,
    );
    if (!due.length) return;
    const rows = await sql.kysely
      .selectFrom('PushSubscription')
      .select(['id', 'endpoint'])
      .where('id', '=', anyText([...new Set(due.map((d) => d.id))]))
      .execute();
    const endpointOf = new Map(rows.map((r) => [r.id, r.endpoint]));
    for (const d of due) {
      const endpoint = endpointOf.get(d.id);
      d.verdict = endpoint === undefined ? 'removed' : endpoint === d.endpoint ? 'present' : 'moved';
      d.lookedAt = Math.max(d.lookedAt, began);
    }
  }

  async function lookAtNotifications(began: number): Promise<void> {
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
    watchDevice(device, claimedAt) {
      if (!device.subscriptionId || !device.endpoint) return; // nothing to send to: skipped before any look
      const key = deviceKey(device);
      const entry = devices.get(key);
      if (entry) {
        entry.count++;
        // This claim found the device as it is: newer than what an older look said.
        if (claimedAt > entry.lookedAt) Object.assign(entry, { lookedAt: claimedAt, verdict: 'present' });
      } else {
        const { subscriptionId: id, endpoint } = device;
        devices.set(key, { id, endpoint, count: 1, lookedAt: claimedAt, verdict: 'present' });
      }
    },
    releaseDevice(device) {
      const key = deviceKey(device);
      const entry = devices.get(key);
      if (entry && --entry.count <= 0) devices.delete(key);
    },
    async deviceVerdict(device) {
      const entry = devices.get(deviceKey(device));
      if (!entry) return 'present'; // not claimed through this watch (nothing read it): nothing to say
      while (entry.verdict === 'present' && now() - entry.lookedAt > CANCEL_FENCE_MS) await shared();
      return entry.verdict;
    },
  };
}
