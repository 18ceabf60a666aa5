import { withUser } from '@/lib/auth/with-user';
import { HttpError } from '@/lib/http/json-error';
import { sendTestNotification } from '@/lib/push/dispatcher/send-test-notification';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { testPushSchema } from '@/lib/subscriptions/subscription-schemas';

// POST /api/push/test {endpoint?} — a test notification to this device (by endpoint) or to all the user's devices;
// a 404/410 from the push service removes that subscription
export const POST = withUser(
  async (_req, { user, body }) => {
    await subscriptionChangeLimit().take(user.id);
    const counts = await sendTestNotification(user, { endpoint: body.endpoint });
    if (counts.delivered + counts.gone + counts.failed === 0) throw new HttpError(404, 'no_devices');
    return Response.json(counts);
  },
  { body: testPushSchema },
);
