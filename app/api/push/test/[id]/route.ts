import { withUser } from '@/lib/auth/with-user';
import { jsonError } from '@/lib/http/json-error';
import { idParamsSchema } from '@/lib/http/read-route-params';
import { getTestPush } from '@/lib/push/test-pushes/get-test-push';

// GET /api/push/test/[id] — one of my test pushes, as the service worker shows it (PUSH_PRIVATE_PAYLOADS=1 pushes
// only its id); 404 when it is someone else's or its five minutes are over
export const GET = withUser<undefined, { id: string }>(
  async (_req, { user, params }) => {
    const content = await getTestPush(user, { id: params.id });
    if (!content) return jsonError(404, 'not_found');
    return Response.json(content, { headers: { 'Cache-Control': 'private, no-store' } });
  },
  { params: idParamsSchema },
);
