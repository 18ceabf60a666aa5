import type { Messages } from '@/messages';

type Row = {
  id: string; deviceName: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null;
  lastAttemptAt: Date | null; sentAt: Date | null; user: { name: string; email: string } | null;
};

/** The per-device delivery log of one notification. */
export function DeliveryLog({ rows, t, date }: { rows: Row[]; t: Messages<'admin'>; date: (d: Date | null) => string }) {
  return (
    <div className="table-wrap">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t.colUser}</th><th scope="col">{t.colDevice}</th><th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colAttempts}</th><th scope="col">{t.colHttp}</th><th scope="col">{t.colTimes}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{d.user ? `${d.user.name} (${d.user.email})` : t.none}</td>
              <td>{d.deviceName}</td>
              <td>{(t as Record<string, string>)[`status_${d.status}`] ?? d.status}</td>
              <td>{d.attempts}</td>
              <td>{d.lastStatusCode ?? t.none}{d.lastError ? ` — ${d.lastError}` : ''}</td>
              <td>{date(d.lastAttemptAt)} / {date(d.sentAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
