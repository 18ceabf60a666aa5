'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { cancelNotification as cancel } from '@/lib/notifications/cancel-notification';
import { notificationIdSchema } from '@/lib/validation/notification';

// The detail page's "Cancel the remaining deliveries" (scheduled or still pending).
export const cancelNotification = adminAction(notificationIdSchema, ({ id }, { user }) =>
  cancel(user, { notificationId: id }),
);
