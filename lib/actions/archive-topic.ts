'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { archiveTopic as archive } from '@/lib/topics/manage-topic';
import { idSchema } from '@/lib/validation/admin';

export const archiveTopic = adminAction(idSchema, (input, { user }) => archive(user, input));
