import 'server-only';
import { withUser } from '../auth/with-user';
import { jsonError } from '../http/json-error';
import { updateInboxItem, type InboxChange } from './update-inbox-item';

/** POST /api/notifications/[id]/(read|ack|forget): the page and the service worker (same origin, cookie). */
export function inboxChangeRoute(change: InboxChange) {
  return withUser<undefined, { id: string }>(async (_req, { user, params }) => {
    const r = await updateInboxItem({ userId: user.id, notificationId: params.id, change });
    return r ? Response.json(r) : jsonError(404, 'not_found');
  });
}
