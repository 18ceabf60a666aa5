import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';
import type { DeliveryLogQuery } from '../validation/notification';
import { countNotifications } from './count-deliveries';

/** Rows of the delivery log per page: a page stays light (a row is about 2 kB of HTML) whatever the audience. */
export const DELIVERY_LOG_PAGE = 100;

/**
 * One notification for the console: its counts, inbox states and one page of the delivery log per device (the
 * deliveries of one status, or all), oldest first.
 */
export async function getNotificationDetail(
  admin: AdminPrincipal,
  opts: { id: string; log?: Partial<DeliveryLogQuery> },
) {
  assertAdmin(admin);
  const page = opts.log?.page ?? 1;
  const n = await db().notification.findUnique({
    where: { id: opts.id },
    select: {
      id: true,
      title: true,
      body: true,
      lang: true,
      source: true,
      createdAt: true,
      scheduledAt: true,
      expiresAt: true,
      cancelledAt: true,
      createdBy: { select: { name: true } },
      apiToken: { select: { name: true } },
      deliveries: {
        where: opts.log?.status ? { status: opts.log.status } : undefined,
        orderBy: { id: 'asc' },
        skip: (page - 1) * DELIVERY_LOG_PAGE,
        take: DELIVERY_LOG_PAGE,
        select: {
          id: true,
          deviceName: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          lastAttemptAt: true,
          sentAt: true,
          dueAt: true,
          userId: true,
          // While the device exists, what it runs: its name is rebuilt in the reader's language (copiedDeviceNameFor).
          subscription: { select: { userAgent: true } },
        },
      },
    },
  });
  if (!n) return null;
  // Delivery keeps userId without a relation (the outbox outlives nothing it needs): look the names up once.
  const [counts, users] = await Promise.all([
    countNotifications([n.id]),
    db().user.findMany({
      where: { id: { in: [...new Set(n.deliveries.map((d) => d.userId))] } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  const log = n.deliveries.map((d) => ({ ...d, id: d.id.toString(), user: byId.get(d.userId) ?? null }));
  const { deliveries, inbox, languages, reach } = counts.get(n.id)!;
  return { ...n, log, counts: deliveries, inbox, languages, reach };
}
