import 'server-only';
import { getDatabase } from '../db/client';
import { SQL_NOW, utcColumn } from '../db/sql-time';

export const CHART_STATUSES = ['sent', 'failed', 'gone', 'expired', 'cancelled', 'pending'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];
export type ChartRange = '24h' | '7d';
export type ChartBucket = { start: Date } & Record<ChartStatus, number>;

const RANGES: Record<ChartRange, { unit: 'hour' | 'day'; count: number }> = { '24h': { unit: 'hour', count: 24 }, '7d': { unit: 'day', count: 7 } };

/** Deliveries created in the last 24 h (per hour) or 7 days (per day), by status; in-flight ones count as pending. */
export async function countDeliveriesOverTime(opts: { range: ChartRange }): Promise<ChartBucket[]> {
  const { unit, count } = RANGES[opts.range];
  const rows = await getDatabase().sql.query<{ bucket: Date; status: string; n: number }>(
    `SELECT ${utcColumn(`date_trunc('${unit}', "createdAt")`)} AS bucket, status, count(*)::int AS n
       FROM "Delivery" WHERE "createdAt" > ${SQL_NOW} - interval '${count} ${unit}s' GROUP BY 1, 2`,
  );
  const step = unit === 'hour' ? 3_600_000 : 86_400_000;
  const last = Math.floor(Date.now() / step) * step;
  const buckets: ChartBucket[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(last - (count - 1 - i) * step), sent: 0, failed: 0, gone: 0, expired: 0, cancelled: 0, pending: 0,
  }));
  for (const r of rows) {
    const b = buckets.find((x) => x.start.getTime() === new Date(r.bucket).getTime());
    const status = (r.status === 'sending' ? 'pending' : r.status) as ChartStatus;
    if (b) b[status] += r.n;
  }
  return buckets;
}
