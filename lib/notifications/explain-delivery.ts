// Why a delivery has not left yet, from what the outbox row already records: a pending row whose dueAt is in the
// future waits for a retry (it has been attempted), for its schedule (dueAt is the scheduled time) or for the end of
// the person's quiet hours (create-notification.ts moved dueAt past the schedule or the send time).
import type { DeliveryStatus } from '../generated/prisma/enums';

export type HeldReason =
  | { kind: 'scheduled'; at: Date }
  | { kind: 'quietHours'; at: Date }
  | { kind: 'retry'; at: Date; attempt: number; maxAttempts: number };

export type ExplainedDelivery = { status: DeliveryStatus; attempts: number; dueAt: Date };

/** The reason a delivery waits, or null when it is not waiting (already out, or due now). */
export function explainHeldDelivery(
  d: ExplainedDelivery,
  n: { scheduledAt: Date | null },
  opts: { now: Date; maxAttempts: number },
): HeldReason | null {
  if (d.status !== 'pending' || d.dueAt <= opts.now) return null;
  if (d.attempts > 0) {
    const attempt = d.attempts + 1;
    return { kind: 'retry', at: d.dueAt, attempt, maxAttempts: Math.max(opts.maxAttempts, attempt) };
  }
  if (n.scheduledAt && d.dueAt.getTime() <= n.scheduledAt.getTime()) return { kind: 'scheduled', at: d.dueAt };
  return { kind: 'quietHours', at: d.dueAt };
}

export type HeldGroup = { reason: HeldReason; count: number };

/** Held deliveries grouped by kind, each with the earliest time one of them leaves: the detail page's summary. */
export function summarizeHeldDeliveries(reasons: Array<HeldReason | null>): HeldGroup[] {
  const groups = new Map<HeldReason['kind'], HeldGroup>();
  for (const reason of reasons) {
    if (!reason) continue;
    const g = groups.get(reason.kind);
    if (!g) groups.set(reason.kind, { reason, count: 1 });
    else {
      g.count += 1;
      if (reason.at < g.reason.at) g.reason = reason;
    }
  }
  return [...groups.values()].sort((a, b) => a.reason.at.getTime() - b.reason.at.getTime());
}
