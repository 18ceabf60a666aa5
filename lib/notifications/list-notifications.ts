import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { countNotifications } from './count-deliveries';

/**
 * The console's history: newest first, who created each (admin or API token), its audience, the inboxes it reached
 * its deliveries per status and its reach (shown, opened).
 */
export async function listNotifications(admin: AdminPrincipal, opts: { limit: number }) {
  assertAdmin(admin);
  const rows = await db().notification.findMany({
    orderBy: { createdAt: 'desc' },
    take: opts.limit,
    select: {
      id: true,
      title: true,
      source: true,
      createdAt: true,
      scheduledAt: true,
      cancelledAt: true,
      audience: true,
      topic: { select: { name: true } },
      createdBy: { select: { name: true } },
      apiToken: { select: { name: true } },
    },
  });
  const ids = rows.map((r) => r.id);
  const counts = await countNotifications(ids);
  return rows.map((r) => {
    const { deliveries, inbox, reach } = counts.get(r.id)!;
    return { ...r, deliveries, recipients: inbox.recipients, reach };
  });
}
