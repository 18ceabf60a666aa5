'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n/get-t';
import { isSilentDevice } from '@/lib/subscriptions/silent-devices';
import { findStaleDevices } from '@/lib/subscriptions/prune-stale-devices';
import { deviceNameFor } from '@/lib/subscriptions/to-device';
import { pruneCriteriaSchema } from '@/lib/validation/admin';

// The devices page's "Preview what would be pruned".
export const previewStaleDevices = adminAction(pruneCriteriaSchema, async (c, { user }) => {
  const now = new Date();
  const [devices, words] = await Promise.all([findStaleDevices(user, c, now), getMessages('push')]);
  return devices.map((d) => ({
    id: d.id,
    name: deviceNameFor(d, words),
    user: d.user.name,
    failureCount: d.failureCount,
    createdAt: d.createdAt.toISOString(),
    lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null,
    // Awaiting expiry: asked "are you still there?" on this date, unanswered so far.
    stillThereAskedAt: d.staleNoticeAt?.toISOString() ?? null,
    silent: isSilentDevice(d, getEnv().PUSH_SILENT_DAYS, now),
  }));
});
