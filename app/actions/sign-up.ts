'use server';
import { ActionError, publicAction } from '@/lib/auth/auth-action';
import { createUser, DuplicateEmailError } from '@/lib/users/create-user';
import { signUpSchema } from '@/lib/validation/user';

export const signUp = publicAction(signUpSchema, async (input) => {
  try {
    const user = await createUser(input);
    return { email: user.email };
  } catch (err) {
    if (err instanceof DuplicateEmailError) throw new ActionError('email_taken', { email: 'email_taken' });
    throw err;
  }
});
