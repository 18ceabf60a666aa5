'use server';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/auth/auth-action';
import { clientAddress } from '@/lib/http/client-address';
import { takeSignUpQuota } from '@/lib/rate-limit/request-limits';
import { createUser } from '@/lib/users/create-user';
import { signUpSchema } from '@/lib/validation/user';

export const signUp = publicAction(signUpSchema, async (input) => {
  // Before createUser hashes the password: a refused sign-up costs a counter update, not an argon2 hash.
  await takeSignUpQuota(clientAddress(await headers()));
  const user = await createUser(input);
  return { email: user.email };
});
