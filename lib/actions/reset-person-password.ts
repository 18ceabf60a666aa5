'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { resetPersonPassword as reset } from '@/lib/people/reset-password';
import { personIdSchema } from '@/lib/validation/person';

// Administration → People: a generated password, returned this once for the admin to pass on; sessions end.
export const resetPersonPassword = adminAction(personIdSchema, (input, { user }) => reset(user, input));
