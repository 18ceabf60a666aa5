import 'server-only';
import { kysely } from '../db/client';
import { anyText, COUNT_ALL } from '../db/sql-expressions';

/**
 * A notification's funnel. Devices: targeted (a delivery row each), accepted by the push service (2xx), shown
 * (the service worker reported it on screen), opened (a click on it or a button). People: recipients and how many
 * acknowledged it (the inbox's "OK"). Shown and opened are reports, so they are lower bounds (README "Reach").
 */
export type ReachCounts = {
  targeted: number;
  accepted: number;
  shown: number;
  opened: number;
  recipients: number;
  acknowledged: number;
};

const empty = (): ReachCounts => ({ targeted: 0, accepted: 0, shown: 0, opened: 0, recipients: 0, acknowledged: 0 });

/** The funnel of each notification: one grouped query per table, over the notificationId indexes. */
export async function countReach(notificationIds: string[]): Promise<Map<string, ReachCounts>> {
  const out = new Map(notificationIds.map((id) => [id, empty()]));
  if (!notificationIds.length) return out;
  const [devices, people] = await Promise.all([
    kysely()
      .selectFrom('Delivery')
      .select((eb) => [
        'notificationId as id',
        COUNT_ALL.as('targeted'),
        eb.cast<number>(eb.fn.count('sentAt'), 'integer').as('accepted'),
        eb.cast<number>(eb.fn.count('shownAt'), 'integer').as('shown'),
        eb.cast<number>(eb.fn.count('openedAt'), 'integer').as('opened'),
      ])
      .where('notificationId', '=', anyText(notificationIds))
      .groupBy('notificationId')
      .execute(),
    kysely()
      .selectFrom('NotificationRecipient')
      .select((eb) => [
        'notificationId as id',
        COUNT_ALL.as('recipients'),
        eb.cast<number>(eb.fn.count('ackedAt'), 'integer').as('acknowledged'),
      ])
      .where('notificationId', '=', anyText(notificationIds))
      .groupBy('notificationId')
      .execute(),
  ]);
  for (const { id, ...d } of devices) Object.assign(out.get(id)!, d);
  for (const { id, ...p } of people) Object.assign(out.get(id)!, p);
  return out;
}
