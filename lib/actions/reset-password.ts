'use server';
import { publicAction } from '@/lib/auth/auth-action';
import { completePasswordReset } from '@/lib/password-reset/complete-password-reset';
import { resetPasswordSchema } from '@/lib/validation/password-reset';

/** The reset link's form: a new password for the link's account, then every session of that person ends. */
export const resetPassword = publicAction(resetPasswordSchema, async (input) => {
  await completePasswordReset(input);
  return null;
});
