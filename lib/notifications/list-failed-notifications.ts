import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

export type FailedNotification = { id: string; title: string; failed: number; lastFailureAt: Date | null };

/**
 * Notifications that still have failed deliveries (not cancelled ones: nothing more will be tried), most recent
 * failure first: the dashboard's "needs attention", each one a link to its page where "Retry" is.
 */
export async function listFailedNotifications(
  admin: AdminPrincipal,
  opts: { limit: number },
): Promise<FailedNotification[]> {
  assertAdmin(admin);
  const groups = await db().delivery.groupBy({
    by: ['notificationId'],
    where: { status: 'failed', notification: { cancelledAt: null } },
    _count: { _all: true },
    _max: { lastAttemptAt: true },
    orderBy: { _max: { lastAttemptAt: 'desc' } },
    take: opts.limit,
  });
  const titles = await db().notification.findMany({
    where: { id: { in: groups.map((g) => g.notificationId) } },
    select: { id: true, title: true },
  });
  const titleOf = new Map(titles.map((n) => [n.id, n.title]));
  return groups.map((g) => ({
    id: g.notificationId,
    title: titleOf.get(g.notificationId) ?? '',
    failed: g._count._all,
    lastFailureAt: g._max.lastAttemptAt,
  }));
}
