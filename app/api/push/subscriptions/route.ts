import { withUser } from '@/lib/auth/with-user';
import { HttpError } from '@/lib/http/json-error';
import { readJsonBody } from '@/lib/http/read-json-body';
import { assertCurrentVapidKey } from '@/lib/subscriptions/assert-current-vapid-key';
import { deleteAllDevices } from '@/lib/subscriptions/delete-all-devices';
import { deleteDevice } from '@/lib/subscriptions/delete-device';
import { listDevicesForUser } from '@/lib/subscriptions/list-devices-for-user';
import { saveSubscription } from '@/lib/subscriptions/save-subscription';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { subscriptionFromRequest } from '@/lib/subscriptions/subscription-from-request';
import { endpointOnlySchema, subscriptionSchema } from '@/lib/subscriptions/subscription-schemas';

// GET /api/push/subscriptions — the signed-in user's devices with push on
export const GET = withUser(async (_req, { user }) => Response.json({ devices: await listDevicesForUser(user) }));

// POST /api/push/subscriptions — store this device's subscription (upsert by endpoint; also "seen now")
export const POST = withUser(
  async (req, { user, body }) => {
    const limit = subscriptionChangeLimit();
    await limit.check(user.id);
    const vapidPublicKey = assertCurrentVapidKey(body.applicationServerKey);
    const result = await saveSubscription(user, await subscriptionFromRequest(req, body, vapidPublicKey));
    // The page re-posts its subscription on every load to mark it seen: only real changes spend the budget.
    if (result.changed) await limit.record(user.id);
    return Response.json({ device: result.device, created: result.created }, { status: result.created ? 201 : 200 });
  },
  { body: subscriptionSchema },
);

// DELETE /api/push/subscriptions {endpoint} — this device; DELETE /api/push/subscriptions?all=1 — all of them
export const DELETE = withUser(async (req, { user }) => {
  await subscriptionChangeLimit().take(user.id);
  if (new URL(req.url).searchParams.get('all') === '1') return Response.json({ removed: await deleteAllDevices(user) });
  const { endpoint } = await readJsonBody(req, endpointOnlySchema);
  if (!(await deleteDevice(user, { endpoint }))) throw new HttpError(404, 'not_found');
  return new Response(null, { status: 204 });
});
