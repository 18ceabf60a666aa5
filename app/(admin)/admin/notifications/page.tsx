import type { Metadata } from 'next';
import Link from 'next/link';
import { DeliveriesChart } from '@/components/admin/deliveries-chart';
import { AdminTable } from '@/components/admin/admin-table';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { DeliveryCountsView, inFlight } from '@/components/admin/delivery-counts';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { countDeliveriesOverTime } from '@/lib/notifications/count-deliveries-over-time';
import { listNotifications } from '@/lib/notifications/list-notifications';

export const metadata: Metadata = { title: 'Notifications sent' };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const range = (await searchParams).range === '7d' ? '7d' : '24h';
  const [t, locale, rows, buckets] = await Promise.all([
    getMessages('admin'), getLocale(), listNotifications({ limit: 100 }), countDeliveriesOverTime({ range }),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const bucketLabel = new Intl.DateTimeFormat(locale, range === '24h' ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium' });
  return (
    <>
      <h1>{t.history}</h1>
      <AutoRefresh active={rows.some((r) => inFlight(r.deliveries))} />
      <DeliveriesChart buckets={buckets} range={range} t={t} label={(d) => bucketLabel.format(d)} />
      {rows.length === 0 ? <p className="muted">{t.noNotifications}</p> : (
        <AdminTable columns={[t.colTitle, t.colCreated, t.colBy, t.colProgress]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/notifications/${r.id}`}>{r.title}</Link>
                {r.cancelledAt ? <div className="muted">{t.cancelled}</div> : r.scheduledAt && r.scheduledAt > new Date()
                  ? <div className="muted">{format(t.scheduledFor, { date: date.format(r.scheduledAt) })}</div> : null}
              </td>
              <td>{date.format(r.createdAt)}</td>
              <td>{r.createdBy?.name ?? t.none} · {r.source === 'api' ? format(t.viaApi, { name: r.apiToken?.name ?? t.none }) : t.viaUi}</td>
              <td><DeliveryCountsView counts={r.deliveries} t={t} /></td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
