import 'server-only';
import { withUser } from '../auth/with-user';
import { jsonError } from '../http/json-error';
import { idParamsSchema } from '../http/read-route-params';
import { takeInboxQuota } from '../rate-limit/request-limits';
import { updateInboxItem, type InboxChange } from './update-inbox-item';

/** POST /api/notifications/[id]/(read|ack|forget): the page and the service worker (same origin, cookie). */
export function inboxChangeRoute(change: InboxChange) {
  return withUser<undefined, { id: string }>(
    async (_req, { user, params }) => {
      await takeInboxQuota(user.id);
      const r = await updateInboxItem(user, { notificationId: params.id, change });
      return r ? Response.json(r) : jsonError(404, 'not_found');
    },
    { params: idParamsSchema },
  );
}
