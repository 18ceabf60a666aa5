'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { getLocale } from '@/lib/i18n/get-t';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { chooseLanguage, readVariant } from '@/lib/push/notification-variant';
import { sendTestNotification } from '@/lib/push/dispatcher/send-test-notification';
import { notificationInputSchema } from '@/lib/validation/notification';

// "Send a test to my devices": the composer's draft to the admin's own devices, with the outbox's payload, budget,
// sender and answer rules (no outbox row, no inbox entry), so they see it as residents will before sending for real.
// It is the variant of the admin's own language, as a resident of that language would get it.
// A draft over the budget is refused (PayloadOverBudgetError → 'payload_too_large').
export const sendDraftTest = adminAction(notificationInputSchema, async (input, { user }) => {
  const draft = { ...input, lang: input.lang ?? DEFAULT_LOCALE };
  const message = readVariant(draft, chooseLanguage(draft, await getLocale()));
  return sendTestNotification(user, { message: { ...message, tag: input.tag ?? 'crieur-draft-test' } });
});
