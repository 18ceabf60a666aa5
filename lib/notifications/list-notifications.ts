import 'server-only';
import { db } from '../db/client';
import { countDeliveriesByStatus } from './count-deliveries';

/** The console's history: newest first, who created each (admin or API token), its deliveries per status. */
export async function listNotifications(opts: { limit: number }) {
  const rows = await db().notification.findMany({
    orderBy: { createdAt: 'desc' },
    take: opts.limit,
    select: {
      id: true, title: true, source: true, createdAt: true, scheduledAt: true, cancelledAt: true,
      createdBy: { select: { name: true } }, apiToken: { select: { name: true } },
    },
  });
  const counts = await countDeliveriesByStatus(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, deliveries: counts.get(r.id)! }));
}
