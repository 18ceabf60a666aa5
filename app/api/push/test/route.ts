import { withUser } from '@/lib/auth/with-user';
import { HttpError } from '@/lib/http/json-error';
import { sendTestNotification } from '@/lib/push/send-test-notification';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { testPushSchema } from '@/lib/validation/subscription';

// POST /api/push/test {endpoint?} — a test notification to this device (by endpoint) or to all the user's devices;
// a 404/410 from the push service removes that subscription
export const POST = withUser(
  async (_req, { user, body }) => {
    subscriptionChangeLimit().take(user.id);
    const counts = await sendTestNotification({ userId: user.id, endpoint: body.endpoint });
    if (counts.delivered + counts.gone + counts.failed === 0) throw new HttpError(404, 'no_devices');
    return Response.json(counts);
  },
  { body: testPushSchema },
);
