'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { removeAnyDevice } from '@/lib/subscriptions/remove-any-device';
import { idSchema } from '@/lib/validation/admin';

// The devices page's "Remove".
export const removeDevice = adminAction(idSchema, ({ id }, { user }) => removeAnyDevice(user, { id }));
