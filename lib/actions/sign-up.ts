'use server';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/auth/auth-action';
import { clientAddress } from '@/lib/http/client-address';
import { takeSignUpQuota } from '@/lib/rate-limit/request-limits';
import { getLocale } from '@/lib/i18n/get-t';
import { createUser } from '@/lib/users/create-user';
import { signUpSchema } from '@/lib/validation/user';

export const signUp = publicAction(signUpSchema, async (input) => {
  // Before createUser hashes the password: a refused sign-up costs a counter update, not an argon2 hash.
  await takeSignUpQuota(clientAddress(await headers()));
  // A new account speaks the language its visitor browsed in (switcher cookie, else Accept-Language): notifications
  // written in several languages reach it in that one.
  const user = await createUser({ ...input, locale: await getLocale() });
  return { email: user.email };
});
