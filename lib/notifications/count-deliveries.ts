import 'server-only';
import { kysely } from '../db/client';
import { anyText, COUNT_ALL } from '../db/sql-expressions';
import type { DeliveryStatus } from '../generated/prisma/enums';
import type { ReachCounts } from './count-reach';

export type DeliveryCounts = Record<DeliveryStatus, number> & { total: number };
export type InboxCounts = { recipients: number; read: number; acknowledged: number };
/** Recipients per language variant they got (NotificationRecipient.lang, chosen at fan-out), most first. */
export type LanguageCounts = Array<{ lang: string; recipients: number }>;
export type NotificationCounts = {
  deliveries: DeliveryCounts;
  inbox: InboxCounts;
  reach: ReachCounts;
  languages: LanguageCounts;
};

const STATUSES: DeliveryStatus[] = ['pending', 'sending', 'sent', 'failed', 'gone', 'expired', 'cancelled'];
const empty = (): NotificationCounts => ({
  deliveries: {
    ...(Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>),
    total: 0,
  },
  inbox: { recipients: 0, read: 0, acknowledged: 0 },
  reach: { targeted: 0, accepted: 0, shown: 0, opened: 0, recipients: 0, acknowledged: 0 },
  languages: [],
});

/**
 * All the console counts of each notification, in one pass over each table: its deliveries per status and device
 * funnel (grouped by notification and status), its inbox states and languages (by notification and language). They
 * read the same rows: counted one by one, a 100,000-device notification's detail page scanned its deliveries twice and
 * its recipients three times (584 ms of database time per page on a 2-core machine, against 146 with one pass each).
 */
export async function countNotifications(notificationIds: string[]): Promise<Map<string, NotificationCounts>> {
  const out = new Map(notificationIds.map((id) => [id, empty()]));
  if (!notificationIds.length) return out;
  const [devices, people] = await Promise.all([
    kysely()
      .selectFrom('Delivery')
      .select((eb) => [
        'notificationId as id',
        'status',
        COUNT_ALL.as('n'),
        eb.cast<number>(eb.fn.count('sentAt'), 'integer').as('accepted'),
        eb.cast<number>(eb.fn.count('shownAt'), 'integer').as('shown'),
        eb.cast<number>(eb.fn.count('openedAt'), 'integer').as('opened'),
      ])
      .where('notificationId', '=', anyText(notificationIds))
      .groupBy(['notificationId', 'status'])
      .execute(),
    kysely()
      .selectFrom('NotificationRecipient')
      .select((eb) => [
        'notificationId as id',
        'lang',
        COUNT_ALL.as('recipients'),
        eb.cast<number>(eb.fn.count('readAt'), 'integer').as('read'),
        eb.cast<number>(eb.fn.count('ackedAt'), 'integer').as('acknowledged'),
      ])
      .where('notificationId', '=', anyText(notificationIds))
      .groupBy(['notificationId', 'lang'])
      .execute(),
  ]);
  for (const d of devices) {
    const c = out.get(d.id)!;
    c.deliveries[d.status] = d.n;
    c.deliveries.total += d.n;
    c.reach.targeted += d.n;
    c.reach.accepted += d.accepted;
    c.reach.shown += d.shown;
    c.reach.opened += d.opened;
  }
  for (const p of people) {
    const c = out.get(p.id)!;
    c.inbox.recipients += p.recipients;
    c.inbox.read += p.read;
    c.inbox.acknowledged += p.acknowledged;
    c.languages.push({ lang: p.lang, recipients: p.recipients });
  }
  for (const c of out.values()) {
    Object.assign(c.reach, { recipients: c.inbox.recipients, acknowledged: c.inbox.acknowledged });
    c.languages.sort((a, b) => b.recipients - a.recipients || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
  }
  return out;
}
