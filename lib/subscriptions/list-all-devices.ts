import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

/**
 * Push subscriptions with their owners, for the console, most recently seen first: all, or those of the people whose
 * name or e-mail contains `query`; at most `limit`, and `more` when there were others.
 */
export async function listAllDevices(admin: AdminPrincipal, opts: { query?: string; limit: number }) {
  assertAdmin(admin);
  const q = opts.query;
  const rows = await db().pushSubscription.findMany({
    where: q
      ? {
          user: {
            OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }],
          },
        }
      : undefined,
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
    take: opts.limit + 1,
    select: {
      id: true,
      name: true,
      userAgent: true,
      lastSeenAt: true,
      lastSuccessAt: true,
      lastShownAt: true,
      unshownSinceAt: true,
      failureCount: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
    },
  });
  return { devices: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}
