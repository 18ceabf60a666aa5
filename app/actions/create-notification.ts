'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { createNotification as create } from '@/lib/notifications/create-notification';
import { withFieldErrors } from '@/lib/notifications/notification-input-error';
import { composeNotificationSchema } from '@/lib/validation/notification';

// The composer generates idempotencyKey when the form opens: a double submit (or a retry after a lost answer)
// returns the first notification instead of sending a second one.
export const createNotification = adminAction(composeNotificationSchema, ({ idempotencyKey, ...input }, { user }) =>
  withFieldErrors(() => create(input, { source: 'ui', createdById: user.id, idempotencyKey })),
);
