import 'server-only';
import { getDatabase } from '../db/client';
import type { DeliveryStatus } from '../generated/prisma/enums';

export type DeliveryCounts = Record<DeliveryStatus, number> & { total: number };
export type InboxCounts = { recipients: number; read: number; acknowledged: number };

const STATUSES: DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'gone', 'expired', 'cancelled'];
const empty = (): DeliveryCounts => ({ ...(Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>), total: 0 });

/** Deliveries per status for each notification (one grouped query over the notificationId+status index). */
export async function countDeliveriesByStatus(notificationIds: string[]): Promise<Map<string, DeliveryCounts>> {
  const out = new Map(notificationIds.map((id) => [id, empty()]));
  if (!notificationIds.length) return out;
  const rows = await getDatabase().sql.query<{ id: string; status: DeliveryStatus; n: number }>(
    `SELECT "notificationId" AS id, status, count(*)::int AS n FROM "Delivery" WHERE "notificationId" = ANY($1::text[]) GROUP BY 1, 2`,
    [notificationIds],
  );
  for (const r of rows) {
    const c = out.get(r.id)!;
    c[r.status] = r.n;
    c.total += r.n;
  }
  return out;
}

/** Inbox side: recipients, how many read it, how many acknowledged it. */
export async function countInboxStates(notificationIds: string[]): Promise<Map<string, InboxCounts>> {
  const out = new Map(notificationIds.map((id) => [id, { recipients: 0, read: 0, acknowledged: 0 }]));
  if (!notificationIds.length) return out;
  const rows = await getDatabase().sql.query<{ id: string } & InboxCounts>(
    `SELECT "notificationId" AS id, count(*)::int AS recipients, count("readAt")::int AS read, count("ackedAt")::int AS acknowledged
       FROM "NotificationRecipient" WHERE "notificationId" = ANY($1::text[]) GROUP BY 1`,
    [notificationIds],
  );
  for (const r of rows) out.set(r.id, { recipients: r.recipients, read: r.read, acknowledged: r.acknowledged });
  return out;
}
