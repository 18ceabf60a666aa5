'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { createTopic as create } from '@/lib/topics/manage-topic';
import { topicCreateSchema } from '@/lib/validation/admin';

export const createTopic = adminAction(topicCreateSchema, (input, { user }) => create(user, input));
