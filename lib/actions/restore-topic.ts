'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { restoreTopic as restore } from '@/lib/topics/manage-topic';
import { idSchema } from '@/lib/validation/admin';

export const restoreTopic = adminAction(idSchema, (input, { user }) => restore(user, input));
