'use server';
import { adminAction } from '@/lib/auth/auth-action';
import { countAudience as count } from '@/lib/notifications/resolve-audience';
import { audienceTargetSchema } from '@/lib/validation/notification';

// The composer's live "reaches N people on M devices" line.
export const countAudience = adminAction(audienceTargetSchema, (target, { user }) => count(user, target));
