import Link from 'next/link';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { CHART_STATUSES, type ChartBucket, type ChartRange } from '@/lib/notifications/count-deliveries-over-time';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

const W = 640;
const H = 160;

type Props = {
  buckets: ChartBucket[];
  range: ChartRange;
  t: Messages<'admin'>;
  locale: Locale;
  /** A bucket's start, as the time axis, the table and the summary say it. */
  label: (d: Date) => string;
};

const bucketTotal = (b: ChartBucket) => CHART_STATUSES.reduce((s, k) => s + b[k], 0);

/** What the bars show, in one sentence: the chart's text alternative. */
export function summarizeChart(buckets: ChartBucket[], p: Pick<Props, 't' | 'locale' | 'label'>): string {
  const total = buckets.reduce((s, b) => s + bucketTotal(b), 0);
  const peak = buckets.reduce((best, b) => (bucketTotal(b) > bucketTotal(best) ? b : best), buckets[0]);
  return formatMessage(p.locale, p.t.chartSummary, {
    total,
    from: p.label(buckets[0].start),
    to: p.label(buckets[buckets.length - 1].start),
    peak: p.label(peak.start),
    peakCount: bucketTotal(peak),
  });
}

/** Stacked bars of deliveries by status, with a time axis; the same figures as a table for screen readers. */
export function DeliveriesChart({ buckets, range, t, locale, label }: Props) {
  const max = Math.max(0, ...buckets.map(bucketTotal));
  const bw = W / buckets.length;
  const every = range === '24h' ? 6 : 1; // hours 0, 6, 12, 18 of the window; every day of a week
  return (
    <section className="card stack" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t.chartTitle}</h2>
      <p className="row">
        <Link href="?range=24h" aria-current={range === '24h' ? 'page' : undefined}>
          {t.chart24h}
        </Link>
        <Link href="?range=7d" aria-current={range === '7d' ? 'page' : undefined}>
          {t.chart7d}
        </Link>
      </p>
      {max === 0 ? (
        <p className="chart-empty">{range === '24h' ? t.chartEmpty24h : t.chartEmpty7d}</p>
      ) : (
        <>
          <div className="chart-frame">
            <div className="chart-y" aria-hidden="true">
              <span>{max}</span>
              <span>{t.chartAxisCount}</span>
              <span>0</span>
            </div>
            <svg
              viewBox={`0 0 ${W} ${H}`}
              preserveAspectRatio="none"
              className="chart"
              role="img"
              aria-label={summarizeChart(buckets, { t, locale, label })}
            >
              {buckets.map((b, i) => {
                let y = H;
                return CHART_STATUSES.map((k) => {
                  const h = (b[k] / max) * (H - 4);
                  y -= h;
                  if (h <= 0) return null;
                  return (
                    <rect
                      key={`${i}-${k}`}
                      className={`chart-status--${k}`}
                      x={i * bw + 1}
                      y={y}
                      width={bw - 2}
                      height={h}
                    />
                  );
                });
              })}
            </svg>
            <ol className="chart-x" aria-hidden="true">
              {buckets.map((b, i) => (
                <li key={b.start.toISOString()} className={i % (2 * every) === every ? 'tick--minor' : undefined}>
                  {i % every === 0 ? label(b.start) : ''}
                </li>
              ))}
            </ol>
          </div>
          <ul className="status-counts" aria-hidden="true">
            {CHART_STATUSES.map((k) => (
              <li key={k}>
                <span className={`swatch chart-status--${k}`} /> {t[`status_${k}`]}
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{t.chartTable}</summary>
        <AdminTable columns={[t.colPeriod, ...CHART_STATUSES.map((k) => t[`status_${k}`])]}>
          {buckets.map((b) => (
            <tr key={b.start.toISOString()}>
              <th scope="row">{label(b.start)}</th>
              {CHART_STATUSES.map((k) => (
                <td key={k}>{b[k]}</td>
              ))}
            </tr>
          ))}
        </AdminTable>
      </details>
    </section>
  );
}
