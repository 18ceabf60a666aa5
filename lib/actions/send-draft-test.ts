'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { sendTestNotification } from '@/lib/push/dispatcher/send-test-notification';
import { notificationInputSchema } from '@/lib/validation/notification';

// "Send a test to my devices": the composer's draft to the admin's own devices, with the outbox's payload, budget,
// sender and answer rules (no outbox row, no inbox entry), so they see it as residents will before sending for real.
// A draft over the budget is refused (PayloadOverBudgetError → 'payload_too_large').
export const sendDraftTest = adminAction(notificationInputSchema, async (input, { user }) =>
  sendTestNotification(user, { message: { ...input, tag: input.tag ?? 'crieur-draft-test' } }),
);
