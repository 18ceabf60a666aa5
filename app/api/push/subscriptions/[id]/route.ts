import { withUser } from '@/lib/auth/with-user';
import { HttpError } from '@/lib/http/json-error';
import { idParamsSchema } from '@/lib/http/read-route-params';
import { deleteDevice } from '@/lib/subscriptions/delete-device';
import { renameDevice } from '@/lib/subscriptions/rename-device';
import { subscriptionChangeLimit } from '@/lib/subscriptions/subscription-change-limit';
import { deviceNameSchema } from '@/lib/validation/subscription';

type Params = { id: string };

// PATCH /api/push/subscriptions/[id] {name} — rename one of the user's devices (another user's → 404)
export const PATCH = withUser<{ name: string }, Params>(
  async (_req, { user, body, params }) => {
    await subscriptionChangeLimit().take(user.id);
    if (!(await renameDevice(user, { id: params.id, name: body.name }))) throw new HttpError(404, 'not_found');
    return Response.json({ id: params.id, name: body.name });
  },
  { body: deviceNameSchema, params: idParamsSchema },
);

// DELETE /api/push/subscriptions/[id] — remove any of the user's own devices (another user's → 404, not 403)
export const DELETE = withUser<undefined, Params>(
  async (_req, { user, params }) => {
    await subscriptionChangeLimit().take(user.id);
    if (!(await deleteDevice(user, { id: params.id }))) throw new HttpError(404, 'not_found');
    return new Response(null, { status: 204 });
  },
  { params: idParamsSchema },
);
