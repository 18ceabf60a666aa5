import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { sql } from 'kysely';
import { kysely } from '../db/client';
import { COUNT_ALL, nowPlusMs } from '../db/sql-expressions';

export const CHART_STATUSES = ['sent', 'failed', 'gone', 'expired', 'cancelled', 'pending'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];
export type ChartRange = '24h' | '7d';
export type ChartBucket = { start: Date } & Record<ChartStatus, number>;

const RANGES: Record<ChartRange, { unit: 'hour' | 'day'; count: number }> = {
  '24h': { unit: 'hour', count: 24 },
  '7d': { unit: 'day', count: 7 },
};

/** Deliveries created in the last 24 h (per hour) or 7 days (per day), by status; in-flight ones count as pending. */
export async function countDeliveriesOverTime(
  admin: AdminPrincipal,
  opts: { range: ChartRange },
): Promise<ChartBucket[]> {
  assertAdmin(admin);
  const { unit, count } = RANGES[opts.range];
  // Buckets of UTC hours and days, as the chart draws them, whatever the session's time zone.
  const bucket = sql<Date>`date_trunc(${sql.lit(unit)}, "createdAt", 'UTC')`;
  const rows = await kysely()
    .selectFrom('Delivery')
    .select([bucket.as('bucket'), 'status', COUNT_ALL.as('n')])
    .where('createdAt', '>', nowPlusMs(-count * (unit === 'day' ? 86_400_000 : 3_600_000)))
    .groupBy([bucket, 'status'])
    .execute();
  const step = unit === 'hour' ? 3_600_000 : 86_400_000;
  const last = Math.floor(Date.now() / step) * step;
  const buckets: ChartBucket[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(last - (count - 1 - i) * step),
    sent: 0,
    failed: 0,
    gone: 0,
    expired: 0,
    cancelled: 0,
    pending: 0,
  }));
  for (const r of rows) {
    const b = buckets.find((x) => x.start.getTime() === new Date(r.bucket).getTime());
    const status = (r.status === 'sending' ? 'pending' : r.status) as ChartStatus;
    if (b) b[status] += r.n;
  }
  return buckets;
}
