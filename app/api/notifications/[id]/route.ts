import { withUser } from '@/lib/auth/with-user';
import { jsonError } from '@/lib/http/json-error';
import { idParamsSchema } from '@/lib/http/read-route-params';
import { getInboxItem } from '@/lib/inbox/get-inbox-item';

// GET /api/notifications/[id] — one of my messages, as the service worker shows it (id-only pushes fetch this)
export const GET = withUser<undefined, { id: string }>(
  async (_req, { user, params }) => {
    const item = await getInboxItem(user, { notificationId: params.id });
    if (!item) return jsonError(404, 'not_found');
    return Response.json(item, { headers: { 'Cache-Control': 'private, no-store' } });
  },
  { params: idParamsSchema },
);
