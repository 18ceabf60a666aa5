'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { renameTopic as rename } from '@/lib/topics/manage-topic';
import { topicRenameSchema } from '@/lib/validation/admin';

export const renameTopic = adminAction(topicRenameSchema, (input, { user }) => rename(user, input));
