import 'server-only';
import { db } from '../db/client';
import { countDeliveriesByStatus, countInboxStates } from './count-deliveries';

/** A notification created by this API token, with its delivery and inbox counts; null if not found or not its own. */
export async function getNotificationStatus(opts: { id: string; apiTokenId: string }) {
  const n = await db().notification.findFirst({
    where: { id: opts.id, apiTokenId: opts.apiTokenId },
    select: { id: true, title: true, createdAt: true, scheduledAt: true, expiresAt: true, cancelledAt: true },
  });
  if (!n) return null;
  const [deliveries, inbox] = await Promise.all([countDeliveriesByStatus([n.id]), countInboxStates([n.id])]);
  return { ...n, recipients: inbox.get(n.id)!, deliveries: deliveries.get(n.id)! };
}
