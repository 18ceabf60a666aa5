'use server';
import { createApiToken as create } from '@/lib/api-tokens/create-api-token';
import { adminAction } from '@/lib/auth/auth-action';
import { apiTokenInputSchema } from '@/lib/validation/admin';

// The tokens page's "Create": the secret comes back this once and is never stored.
export const createApiToken = adminAction(apiTokenInputSchema, ({ name }, { user }) => create(user, { name }));
