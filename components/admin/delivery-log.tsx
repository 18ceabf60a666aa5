import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { textFor } from '@/lib/i18n/text-for';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

type Row = {
  id: string;
  deviceName: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
  user: { name: string; email: string } | null;
  /** Why it has not left yet ("Held until 07:00, quiet hours"), when it waits. */
  held: string | null;
};

type Props = { rows: Row[]; t: Messages<'admin'>; locale: Locale; date: (d: Date) => string };

/** The per-device delivery log of one notification. */
export function DeliveryLog({ rows, t, locale, date }: Props) {
  const when = (d: Row) =>
    [
      d.lastAttemptAt && formatMessage(locale, t.whenLastAttempt, { date: date(d.lastAttemptAt) }),
      d.sentAt && formatMessage(locale, t.whenSent, { date: date(d.sentAt) }),
    ].filter((line): line is string => !!line);
  return (
    <AdminTable columns={[t.colUser, t.colDevice, t.colStatus, t.colAttempts, t.colHttp, t.colWhen]}>
      {rows.map((d) => (
        <tr key={d.id}>
          <td>{d.user ? `${d.user.name} (${d.user.email})` : t.none}</td>
          <td>{d.deviceName}</td>
          <td>
            <span className={`status-pill status-pill--${d.status}`}>
              {textFor(t, `status_${d.status}`) ?? d.status}
            </span>
            {d.held && <span className="held-reason">{d.held}</span>}
          </td>
          <td>{d.attempts}</td>
          <td>
            {d.lastStatusCode ?? t.none}
            {/* The dispatcher's own words (English, as in its logs): what the push service said, or why it stopped. */}
            {d.lastError && <div className="delivery-error">{d.lastError}</div>}
          </td>
          <td>
            {when(d).length ? (
              <ul className="when-lines">
                {when(d).map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : (
              t.none
            )}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
