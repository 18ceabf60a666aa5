import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db, kysely } from '../db/client';
import { describeUserAgent } from './describe-user-agent';

export type DeviceCounts = {
  devices: number;
  people: number;
  byBrowser: Array<{ browser: string | null; count: number }>;
};

/**
 * How many devices receive notifications, for how many people, and with which browsers. Gone subscriptions are
 * deleted by the dispatcher, so every row counts. Grouped by User-Agent in SQL (few distinct values), named here.
 */
export async function countDevices(admin: AdminPrincipal): Promise<DeviceCounts> {
  assertAdmin(admin);
  const [agents, [{ people }]] = await Promise.all([
    db().pushSubscription.groupBy({ by: ['userAgent'], _count: { _all: true } }),
    kysely()
      .selectFrom('PushSubscription')
      .select((eb) => eb.cast<number>(eb.fn.count('userId').distinct(), 'integer').as('people'))
      .execute(),
  ]);
  const byBrowser = new Map<string | null, number>();
  for (const a of agents) {
    const { browser } = describeUserAgent(a.userAgent);
    byBrowser.set(browser, (byBrowser.get(browser) ?? 0) + a._count._all);
  }
  return {
    devices: agents.reduce((s, a) => s + a._count._all, 0),
    people,
    byBrowser: [...byBrowser].map(([browser, count]) => ({ browser, count })).sort((a, b) => b.count - a.count),
  };
}
