'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { fullPayload } from '@/lib/notifications/build-payload';
import { sendTestNotification } from '@/lib/push/send-test-notification';
import { notificationInputSchema } from '@/lib/validation/notification';

// "Send a test to my devices": the composer's draft, straight through the sender to the admin's own devices
// (no outbox row, no inbox entry), so they see it as residents will before sending for real.
export const sendDraftTest = adminAction(notificationInputSchema, async (input, { user }) => {
  const p = fullPayload({ id: 'draft-test', ...input, tag: input.tag ?? 'crieur-draft-test' });
  const { notificationId: _id, ...payload } = p;
  return sendTestNotification({ userId: user.id, payload: { ...payload, renotify: true } });
});
