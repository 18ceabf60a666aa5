import { withUser } from '@/lib/auth/with-user';
import { getPreferences } from '@/lib/preferences/get-preferences';
import { updatePreferences } from '@/lib/preferences/update-preferences';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { preferencesSchema } from '@/lib/validation/preferences';

// GET /api/preferences — topics followed, quiet hours, time zone
export const GET = withUser(async (_req, { user }) => Response.json(await getPreferences(user)));

// PUT /api/preferences — replace them (the whole object: what the form shows is what is stored)
export const PUT = withUser(
  async (_req, { user, body }) => {
    await subscriptionChangeLimit().take(user.id);
    await updatePreferences(user, body);
    return Response.json(await getPreferences(user));
  },
  { body: preferencesSchema },
);
