import { describe, expect, it } from 'vitest';
import { explainHeldDelivery, summarizeHeldDeliveries, type HeldReason } from './explain-delivery';

const now = new Date('2026-12-02T22:30:00Z');
const at = (iso: string) => new Date(iso);
const opts = { now, maxAttempts: 5 };

describe('explainHeldDelivery', () => {
  it('says nothing of deliveries that are out or due now', () => {
    expect(explainHeldDelivery({ status: 'sent', attempts: 1, dueAt: now }, { scheduledAt: null }, opts)).toBeNull();
    expect(explainHeldDelivery({ status: 'pending', attempts: 0, dueAt: now }, { scheduledAt: null }, opts)).toBeNull();
    const later = at('2026-12-03T06:00:00Z');
    expect(
      explainHeldDelivery({ status: 'sending', attempts: 0, dueAt: later }, { scheduledAt: null }, opts),
    ).toBeNull();
  });

  it('a delivery due later without a schedule waits for the end of quiet hours', () => {
    const dueAt = at('2026-12-03T06:00:00Z');
    expect(explainHeldDelivery({ status: 'pending', attempts: 0, dueAt }, { scheduledAt: null }, opts)).toEqual({
      kind: 'quietHours',
      at: dueAt,
    });
  });

  it('a delivery due at its schedule waits for the schedule; one moved past it waits for quiet hours', () => {
    const scheduledAt = at('2026-12-03T05:00:00Z');
    expect(explainHeldDelivery({ status: 'pending', attempts: 0, dueAt: scheduledAt }, { scheduledAt }, opts)).toEqual({
      kind: 'scheduled',
      at: scheduledAt,
    });
    const dueAt = at('2026-12-03T06:00:00Z');
    expect(explainHeldDelivery({ status: 'pending', attempts: 0, dueAt }, { scheduledAt }, opts)).toEqual({
      kind: 'quietHours',
      at: dueAt,
    });
  });

  it('an attempted delivery waits for its next attempt, counted from 1 with the policy maximum', () => {
    const dueAt = at('2026-12-02T22:31:00Z');
    expect(explainHeldDelivery({ status: 'pending', attempts: 1, dueAt }, { scheduledAt: null }, opts)).toEqual({
      kind: 'retry',
      at: dueAt,
      attempt: 2,
      maxAttempts: 5,
    });
  });
});

describe('summarizeHeldDeliveries', () => {
  it('groups by kind with the count and the earliest time, earliest group first', () => {
    const q1 = { kind: 'quietHours' as const, at: at('2026-12-03T06:00:00Z') };
    const q2 = { kind: 'quietHours' as const, at: at('2026-12-03T05:00:00Z') };
    const r = { kind: 'retry' as const, at: at('2026-12-02T22:31:00Z'), attempt: 2, maxAttempts: 5 };
    const one = (reason: HeldReason | null) => ({ reason, count: 1 });
    expect(summarizeHeldDeliveries([one(q1), one(null), one(r), one(q2)])).toEqual([
      { reason: r, count: 1 },
      { reason: q2, count: 2 },
    ]);
    expect(summarizeHeldDeliveries([one(null)])).toEqual([]);
    // Groups of rows add up.
    expect(
      summarizeHeldDeliveries([
        { reason: q1, count: 700 },
        { reason: q2, count: 300 },
      ]),
    ).toEqual([{ reason: q2, count: 1000 }]);
  });
});
