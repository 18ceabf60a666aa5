'use server';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/auth/auth-action';
import { afterResponse } from '@/lib/http/after-response';
import { clientAddress } from '@/lib/http/client-address';
import { publicOrigin } from '@/lib/http/request-origin';
import { getLocale } from '@/lib/i18n/get-t';
import { takePasswordResetQuota } from '@/lib/password-reset/reset-limits';
import { sendPasswordResetLink } from '@/lib/password-reset/send-reset-link';
import { forgotPasswordSchema } from '@/lib/validation/password-reset';

/** "Forgot your password?": the same answer, as fast, whether an account has this address or not. */
export const requestPasswordReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  const request = await headers();
  await takePasswordResetQuota({ email, address: clientAddress(request) });
  // The link goes to someone's mailbox: never built on the Host this request claims.
  const job = { email, origin: publicOrigin(request), locale: await getLocale() };
  // Looking the account up, writing the token and talking to the mail server all happen after the answer is sent.
  await afterResponse(() => sendPasswordResetLink(job));
  return null;
});
