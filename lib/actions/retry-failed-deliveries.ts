'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { retryFailedDeliveries as retry } from '@/lib/notifications/retry-failed-deliveries';
import { notificationIdSchema } from '@/lib/validation/notification';

// The detail page's "Retry failed deliveries".
export const retryFailedDeliveries = adminAction(notificationIdSchema, ({ id }, { user }) =>
  retry(user, { notificationId: id }),
);
