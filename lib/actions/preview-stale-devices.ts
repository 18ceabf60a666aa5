'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { findStaleDevices } from '@/lib/subscriptions/prune-stale-devices';
import { pruneCriteriaSchema } from '@/lib/validation/admin';

// The devices page's "Preview what would be pruned".
export const previewStaleDevices = adminAction(pruneCriteriaSchema, async (c, { user }) =>
  (await findStaleDevices(user, c)).map((d) => ({
    id: d.id,
    name: d.name,
    user: d.user.name,
    failureCount: d.failureCount,
    createdAt: d.createdAt.toISOString(),
    lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null,
    // Awaiting expiry: asked "are you still there?" on this date, unanswered so far.
    stillThereAskedAt: d.staleNoticeAt?.toISOString() ?? null,
  })),
);
