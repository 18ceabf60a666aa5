'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { pruneStaleDevices as prune } from '@/lib/subscriptions/prune-stale-devices';
import { pruneSchema } from '@/lib/validation/admin';

// The devices page's confirmation after the preview: removes the previewed devices that are still stale.
export const pruneStaleDevices = adminAction(pruneSchema, (c, { user }) => prune(user, c));
