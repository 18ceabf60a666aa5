import 'server-only';
import { db } from '../db/client';
import { countNotifications } from './count-deliveries';

/** A notification created by this API token, with its delivery and inbox counts; null if not found or not its own. */
export async function getNotificationStatus(opts: { id: string; apiTokenId: string }) {
  const n = await db().notification.findFirst({
    where: { id: opts.id, apiTokenId: opts.apiTokenId },
    select: { id: true, title: true, createdAt: true, scheduledAt: true, expiresAt: true, cancelledAt: true },
  });
  if (!n) return null;
  const { inbox, deliveries } = (await countNotifications([n.id])).get(n.id)!;
  return { ...n, recipients: inbox, deliveries };
}
