import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import { countNotifications } from './count-deliveries';

/**
 * The console's history: newest first, who created each (admin or API token), its audience, the inboxes it reached
 * its deliveries per status and its reach (shown, opened). `limit` of them from page `page`; `more` when there are
 * older ones.
 */
export async function listNotifications(admin: AdminPrincipal, opts: { limit: number; page?: number }) {
  assertAdmin(admin);
  const rows = await db().notification.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: ((opts.page ?? 1) - 1) * opts.limit,
    take: opts.limit + 1,
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
  const shown = rows.slice(0, opts.limit);
  const counts = await countNotifications(shown.map((r) => r.id));
  const notifications = shown.map((r) => {
    const { deliveries, inbox, reach } = counts.get(r.id)!;
    return { ...r, deliveries, recipients: inbox.recipients, reach };
  });
  return { notifications, more: rows.length > opts.limit };
}
