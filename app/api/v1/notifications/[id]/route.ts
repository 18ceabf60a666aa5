import { withApiToken } from '@/lib/auth/with-api-token';
import { jsonError } from '@/lib/http/json-error';
import { idParamsSchema } from '@/lib/http/read-route-params';
import { getNotificationStatus } from '@/lib/notifications/get-notification-status';

// GET /api/v1/notifications/[id] — a notification this token created, with its counts per delivery status
export const GET = withApiToken<undefined, { id: string }>(
  async (_req, { caller, params }) => {
    const status = await getNotificationStatus({ id: params.id, apiTokenId: caller.id });
    return status ? Response.json(status) : jsonError(404, 'not_found');
  },
  { params: idParamsSchema },
);
