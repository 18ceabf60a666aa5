// Silent devices: how Safari's dead subscriptions are found. Apple's push service keeps answering 201 for a
// subscription whose app or permission is long gone, so "accepted" never fails; only the service worker's "shown"
// report (POST /api/push/receipts) tells a live device from a dead one.
//
// The rule, precisely: a device is silent when the push service accepted an outbox push for it at least
// PUSH_SILENT_DAYS days ago and the device has reported no push shown (or opened) since then. The clock,
// PushSubscription.unshownSinceAt, starts at the first accepted push after the device's last report (outbox pushes
// only: test pushes carry no receipt, so they can neither start it nor stop it) and is cleared by the next report.
// A device that gets no pushes is not silent, however long: nothing was asked of it (expiry handles unseen ones).

const DAY_MS = 86_400_000;

/** The latest start of the unshown clock that makes a device silent now. */
export const silentCutoff = (silentDays: number, now: Date) => new Date(now.getTime() - silentDays * DAY_MS);

/** The rule on a loaded row. */
export function isSilentDevice(d: { unshownSinceAt: Date | null }, silentDays: number, now: Date): boolean {
  return d.unshownSinceAt !== null && d.unshownSinceAt <= silentCutoff(silentDays, now);
}
