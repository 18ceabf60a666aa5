'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { deletePerson as remove } from '@/lib/people/delete-person';
import { personIdSchema } from '@/lib/validation/person';

// Administration → People: delete an account (never the last admin).
export const deletePerson = adminAction(personIdSchema, (input, { user }) => remove(user, input));
