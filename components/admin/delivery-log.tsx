import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

type Row = {
  id: string; deviceName: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null;
  lastAttemptAt: Date | null; sentAt: Date | null; user: { name: string; email: string } | null;
};

/** The per-device delivery log of one notification. */
export function DeliveryLog({ rows, t, date }: { rows: Row[]; t: Messages<'admin'>; date: (d: Date | null) => string }) {
  return (
    <AdminTable columns={[t.colUser, t.colDevice, t.colStatus, t.colAttempts, t.colHttp, t.colTimes]}>
      {rows.map((d) => (
        <tr key={d.id}>
          <td>{d.user ? `${d.user.name} (${d.user.email})` : t.none}</td>
          <td>{d.deviceName}</td>
          <td><span className={`status-pill status-pill--${d.status}`}>{(t as Record<string, string>)[`status_${d.status}`] ?? d.status}</span></td>
          <td>{d.attempts}</td>
          <td>
            {d.lastStatusCode ?? t.none}
            {/* The dispatcher's own words (English, as in its logs): what the push service said, or why it stopped. */}
            {d.lastError && <div className="delivery-error">{d.lastError}</div>}
          </td>
          <td>{date(d.lastAttemptAt)} / {date(d.sentAt)}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
