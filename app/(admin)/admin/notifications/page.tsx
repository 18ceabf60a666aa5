import Link from 'next/link';
import { DeliveriesChart } from '@/components/admin/deliveries-chart';
import { AdminTable } from '@/components/admin/admin-table';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { inFlight } from '@/components/admin/delivery-counts';
import { describeAudience } from '@/components/admin/follow-up-text';
import { NotificationReach } from '@/components/admin/notification-reach';
import { PageLinks } from '@/components/page-links';
import { requireAdmin } from '@/lib/auth/require-principal';
import { hrefWith, pageParam } from '@/lib/http/href-with';
import { formatDate } from '@/lib/i18n/format-date';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { titleFrom } from '@/lib/i18n/page-title';
import { countDeliveriesOverTime } from '@/lib/notifications/count-deliveries-over-time';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { historyQuerySchema, type HistoryQuery } from '@/lib/validation/notification';

export const generateMetadata = titleFrom('admin', 'history');

/** Notifications per page: each is counted live over its deliveries, so a page stays a few of them. */
const HISTORY_PAGE = 25;

/** The page's URL for this window and page (the defaults need no parameter). */
function historyHref(query: HistoryQuery): string {
  const range = query.range === '24h' ? undefined : query.range;
  return hrefWith('/admin/notifications', { range, page: pageParam(query.page) });
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireAdmin({ callbackUrl: '/admin/notifications' });
  const query = historyQuerySchema.parse(await searchParams);
  const { range } = query;
  const [t, locale, { notifications: rows, more }, buckets] = await Promise.all([
    getMessages('admin'),
    getLocale(),
    listNotifications(admin, { limit: HISTORY_PAGE, page: query.page }),
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
        <p className="muted">{query.page > 1 ? t.noOlderNotifications : t.noNotifications}</p>
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
      <PageLinks
        label={t.historyPaging}
        page={query.page}
        more={more}
        href={(page) => historyHref({ ...query, page })}
        previous={t.historyNewer}
        next={t.historyOlder}
      />
    </>
  );
}
