'use server';
import { z } from 'zod';
import { authAction } from '@/lib/auth/auth-action';
import { endAllSessions } from '@/lib/sessions/end-session';

// Settings → Account → "Sign out on all devices": every copy of every session cookie of this person is dead.
export const signOutEverywhere = authAction(z.strictObject({}), async (_input, { user }) => ({
  ended: await endAllSessions(user),
}));
