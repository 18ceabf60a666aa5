'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { setPersonRole as setRole } from '@/lib/people/set-person-role';
import { personRoleSchema } from '@/lib/validation/person';

// Administration → People: promote or demote (a demotion ends the person's sessions; the last admin stays one).
export const setPersonRole = adminAction(personRoleSchema, (input, { user }) => setRole(user, input));
