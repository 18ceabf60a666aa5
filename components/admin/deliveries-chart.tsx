import Link from 'next/link';
import { CHART_STATUSES, type ChartBucket, type ChartRange } from '@/lib/notifications/count-deliveries-over-time';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

const COLORS: Record<(typeof CHART_STATUSES)[number], string> = {
  sent: '#1d7a3e', failed: '#b3261e', gone: '#6b4fa0', expired: '#8a5a00', cancelled: '#555b66', pending: '#1f4bc4',
};
const W = 640;
const H = 160;

/** Stacked bars of deliveries by status; the same figures as a table for screen readers and keyboard users. */
export function DeliveriesChart({ buckets, range, t, label }: { buckets: ChartBucket[]; range: ChartRange; t: Messages<'admin'>; label: (d: Date) => string }) {
  const total = (b: ChartBucket) => CHART_STATUSES.reduce((s, k) => s + b[k], 0);
  const max = Math.max(1, ...buckets.map(total));
  const bw = W / buckets.length;
  return (
    <section className="card stack" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t.chartTitle}</h2>
      <p className="row">
        <Link href="?range=24h" aria-current={range === '24h' ? 'page' : undefined}>{t.chart24h}</Link>
        <Link href="?range=7d" aria-current={range === '7d' ? 'page' : undefined}>{t.chart7d}</Link>
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className="chart" aria-hidden="true" focusable="false">
        {buckets.map((b, i) => {
          let y = H;
          return CHART_STATUSES.map((k) => {
            const h = (b[k] / max) * (H - 4);
            y -= h;
            return h > 0 ? <rect key={`${i}-${k}`} x={i * bw + 1} y={y} width={bw - 2} height={h} fill={COLORS[k]} /> : null;
          });
        })}
      </svg>
      <ul className="status-counts" aria-hidden="true">
        {CHART_STATUSES.map((k) => <li key={k}><span className="swatch" style={{ background: COLORS[k] }} /> {t[`status_${k}`]}</li>)}
      </ul>
      <details>
        <summary>{t.chartTable}</summary>
        <AdminTable columns={[t.colPeriod, ...CHART_STATUSES.map((k) => t[`status_${k}`])]}>
          {buckets.map((b) => (
            <tr key={b.start.toISOString()}><th scope="row">{label(b.start)}</th>{CHART_STATUSES.map((k) => <td key={k}>{b[k]}</td>)}</tr>
          ))}
        </AdminTable>
      </details>
    </section>
  );
}
