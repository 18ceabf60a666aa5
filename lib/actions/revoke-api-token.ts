'use server';
import { revokeApiToken as revoke } from '@/lib/api-tokens/revoke-api-token';
import { adminAction } from '@/lib/auth/auth-action';
import { idSchema } from '@/lib/validation/admin';

// The tokens page's "Revoke": the token's next request gets 401.
export const revokeApiToken = adminAction(idSchema, ({ id }, { user }) => revoke(user, { id }));
