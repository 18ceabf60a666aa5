'use server';
import { headers } from 'next/headers';
import { authAction } from '@/lib/auth/auth-action';
import { clientAddress } from '@/lib/http/client-address';
import { changeOwnPassword } from '@/lib/people/change-own-password';
import { changePasswordSchema } from '@/lib/validation/person';

// Settings → Account: every session ends, this one included; the form then sends the person to sign in again.
export const changePassword = authAction(changePasswordSchema, async (input, { user }) => {
  await changeOwnPassword(user, { ...input, address: clientAddress(await headers()) });
  return { signedOut: true };
});
