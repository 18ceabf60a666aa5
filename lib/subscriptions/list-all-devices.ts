import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** Every push subscription with its owner, for the console (most recently seen first). */
export function listAllDevices(admin: AdminPrincipal, opts: { limit: number }) {
  assertAdmin(admin);
  return db().pushSubscription.findMany({
    orderBy: { lastSeenAt: 'desc' },
    take: opts.limit,
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
}
