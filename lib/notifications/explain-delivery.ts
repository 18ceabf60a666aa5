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

/**
 * Held deliveries grouped by kind, each with the earliest time one of them leaves: the detail page's summary. Each
 * entry stands for `count` deliveries with that reason (countHeldDeliveries passes groups of rows, a test single ones).
 */
export function summarizeHeldDeliveries(held: Array<{ reason: HeldReason | null; count: number }>): HeldGroup[] {
  const groups = new Map<HeldReason['kind'], HeldGroup>();
  for (const { reason, count } of held) {
    if (!reason) continue;
    const g = groups.get(reason.kind);
    if (!g) groups.set(reason.kind, { reason, count });
    else {
      g.count += count;
      if (reason.at < g.reason.at) g.reason = reason;
    }
  }
  return [...groups.values()].sort((a, b) => a.reason.at.getTime() - b.reason.at.getTime());
}
