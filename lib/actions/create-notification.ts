'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { createNotificationAsAdmin } from '@/lib/notifications/create-notification';
import { composeNotificationSchema } from '@/lib/validation/notification';

// The composer generates idempotencyKey when the form opens: a double submit (or a retry after a lost answer)
// returns the first notification instead of sending a second one. Above the threshold, the confirmed count must be
// the real one (`confirmation_required` otherwise).
export const createNotification = adminAction(
  composeNotificationSchema,
  ({ idempotencyKey, confirmedRecipients, ...input }, { user }) =>
    createNotificationAsAdmin(user, input, { idempotencyKey, confirmedRecipients }),
);
