import 'server-only';
import { kysely } from '../db/client';
import { anyText, COUNT_ALL } from '../db/sql-expressions';
import type { DeliveryStatus } from '../generated/prisma/enums';

export type DeliveryCounts = Record<DeliveryStatus, number> & { total: number };
export type InboxCounts = { recipients: number; read: number; acknowledged: number };

const STATUSES: DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'gone', 'expired', 'cancelled'];
const empty = (): DeliveryCounts => ({
  ...(Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>),
  total: 0,
});

/** Deliveries per status for each notification (one grouped query over the notificationId+status index). */
export async function countDeliveriesByStatus(notificationIds: string[]): Promise<Map<string, DeliveryCounts>> {
  const out = new Map(notificationIds.map((id) => [id, empty()]));
  if (!notificationIds.length) return out;
  const rows = await kysely()
    .selectFrom('Delivery')
    .select(['notificationId as id', 'status', COUNT_ALL.as('n')])
    .where('notificationId', '=', anyText(notificationIds))
    .groupBy(['notificationId', 'status'])
    .execute();
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
  const rows = await kysely()
    .selectFrom('NotificationRecipient')
    .select((eb) => [
      'notificationId as id',
      COUNT_ALL.as('recipients'),
      eb.cast<number>(eb.fn.count('readAt'), 'integer').as('read'),
      eb.cast<number>(eb.fn.count('ackedAt'), 'integer').as('acknowledged'),
    ])
    .where('notificationId', '=', anyText(notificationIds))
    .groupBy('notificationId')
    .execute();
  for (const r of rows) out.set(r.id, { recipients: r.recipients, read: r.read, acknowledged: r.acknowledged });
  return out;
}

/** Recipients per language variant they got (NotificationRecipient.lang, chosen at fan-out), most first. */
export async function countRecipientsByLanguage(notificationId: string) {
  return kysely()
    .selectFrom('NotificationRecipient')
    .select(['lang', COUNT_ALL.as('recipients')])
    .where('notificationId', '=', notificationId)
    .groupBy('lang')
    .orderBy('recipients', 'desc')
    .orderBy('lang')
    .execute();
}
