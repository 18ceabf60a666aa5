import { withUser } from '@/lib/auth/with-user';
import { assertCurrentVapidKey } from '@/lib/subscriptions/assert-current-vapid-key';
import { replaceSubscription } from '@/lib/subscriptions/replace-subscription';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { subscriptionFromRequest } from '@/lib/subscriptions/subscription-from-request';
import { subscriptionChangeSchema } from '@/lib/subscriptions/subscription-schemas';

// POST /api/push/subscriptions/change {oldEndpoint, subscription} — pushsubscriptionchange (service worker) or a
// VAPID-key rotation (page): the old endpoint's row takes the new subscription instead of a second row appearing
export const POST = withUser(
  async (req, { user, body }) => {
    await subscriptionChangeLimit().take(user.id);
    const vapidPublicKey = assertCurrentVapidKey(body.subscription.applicationServerKey);
    const next = await subscriptionFromRequest(req, body.subscription, vapidPublicKey);
    const result = await replaceSubscription(user, { oldEndpoint: body.oldEndpoint, next });
    return Response.json({ device: result.device, replaced: result.replaced }, { status: result.created ? 201 : 200 });
  },
  { body: subscriptionChangeSchema },
);
