import Link from 'next/link';
import { DeliveriesChart } from '@/components/admin/deliveries-chart';
import { AdminTable } from '@/components/admin/admin-table';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { inFlight } from '@/components/admin/delivery-counts';
import { describeAudience } from '@/components/admin/follow-up-text';
import { NotificationReach } from '@/components/admin/notification-reach';
import { requireAdmin } from '@/lib/auth/require-principal';
import { formatDate } from '@/lib/i18n/format-date';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { titleFrom } from '@/lib/i18n/page-title';
import { countDeliveriesOverTime } from '@/lib/notifications/count-deliveries-over-time';
import { listNotifications } from '@/lib/notifications/list-notifications';

export const generateMetadata = titleFrom('admin', 'history');

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const admin = await requireAdmin({ callbackUrl: '/admin/notifications' });
  const range = (await searchParams).range === '7d' ? '7d' : '24h';
  const [t, locale, rows, buckets] = await Promise.all([
    getMessages('admin'),
    getLocale(),
    listNotifications(admin, { limit: 100 }),
    countDeliveriesOverTime(admin, { range }),
  ]);
  const when = (d: Date) => formatDate(d, { locale, timeZone: admin.timeZone });
  const bucketLabel = (d: Date) =>
    formatDate(d, { locale, timeZone: admin.timeZone, style: range === '24h' ? 'time' : 'date' });
  return (
    <>
      <h1>{t.history}</h1>
      <AutoRefresh active={rows.some((r) => inFlight(r.deliveries))} />
      <DeliveriesChart buckets={buckets} range={range} t={t} locale={locale} label={bucketLabel} />
      {rows.length === 0 ? (
        <p className="muted">{t.noNotifications}</p>
      ) : (
        <AdminTable columns={[t.colTitle, t.colCreated, t.colBy, t.colAudience, t.colProgress]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/notifications/${r.id}`}>{r.title}</Link>
                {r.cancelledAt ? (
                  <div className="muted">{t.cancelled}</div>
                ) : r.scheduledAt && r.scheduledAt > new Date() ? (
                  <div className="muted">{format(t.scheduledFor, { date: when(r.scheduledAt) })}</div>
                ) : null}
              </td>
              <td>{when(r.createdAt)}</td>
              <td>
                {r.createdBy?.name ?? t.none} ·{' '}
                {r.source === 'api' ? format(t.viaApi, { name: r.apiToken?.name ?? t.none }) : t.viaUi}
              </td>
              <td>{describeAudience(r.audience, r.topic?.name ?? null, { locale, t })}</td>
              <td>
                <NotificationReach
                  recipients={r.recipients}
                  deliveries={r.deliveries}
                  reach={r.reach}
                  locale={locale}
                  t={t}
                />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
