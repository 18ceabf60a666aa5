import { formatNumber } from '@/lib/i18n/format-number';
import type { Locale } from '@/lib/i18n/locales';
import type { ReachCounts } from '@/lib/notifications/count-reach';
import type { Messages } from '@/messages';
import { AdminTable } from '../admin-table';
import { funnelRows } from './funnel-rows';

type Props = { reach: ReachCounts; locale: Locale; t: Messages<'admin'> };

/** A notification's funnel as a table: stage, number, share in words; the bar only repeats the share for the eye. */
export function ReachFunnel({ reach, locale, t }: Props) {
  return (
    <section className="card stack" aria-labelledby="reach-heading">
      <h2 id="reach-heading">{t.reachTitle}</h2>
      <AdminTable caption={t.reachCaption} columns={[t.colStage, t.colCount, t.colShare]}>
        {funnelRows(reach, locale, t).map((r) => (
          <tr key={r.stage} data-stage={r.stage}>
            <th scope="row">{r.label}</th>
            <td>{formatNumber(r.count, { locale })}</td>
            <td>
              <span className="funnel-share">
                {/* SVG attributes, not a style attribute: the CSP allows no inline style. */}
                <svg className="funnel-bar" viewBox="0 0 100 10" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" width="100" height="10" className="funnel-bar-track" />
                  <rect x="0" y="0" width={Math.round(r.ratio * 100)} height="10" className="funnel-bar-fill" />
                </svg>
                {r.share}
              </span>
            </td>
          </tr>
        ))}
      </AdminTable>
      <p className="muted">{t.reachNote}</p>
    </section>
  );
}
