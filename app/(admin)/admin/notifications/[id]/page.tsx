import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { DeliveryCountsView, inFlight } from '@/components/admin/delivery-counts';
import { DeliveryLog } from '@/components/admin/delivery-log';
import { NotificationActions } from '@/components/admin/notification-actions';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { getNotificationDetail } from '@/lib/notifications/get-notification-detail';

export const metadata: Metadata = { title: 'Notification delivery' };

export default async function NotificationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale, n] = await Promise.all([getMessages('admin'), getLocale(), getNotificationDetail({ id })]);
  if (!n) notFound();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <>
      <p><Link href="/admin/notifications">{t.back}</Link></p>
      <h1>{n.title}</h1>
      <p>{n.body}</p>
      <AutoRefresh active={inFlight(n.counts)} />
      <div className="card stack">
        {n.cancelledAt && <p className="badge">{t.cancelled}</p>}
        {n.scheduledAt && !n.cancelledAt && <p>{format(t.scheduledFor, { date: date.format(n.scheduledAt) })}</p>}
        <DeliveryCountsView counts={n.counts} t={t} />
        <p>{format(t.inboxCounts, n.inbox)}</p>
        <NotificationActions id={n.id} canRetry={n.counts.failed > 0 && !n.cancelledAt} canCancel={!n.cancelledAt && (n.counts.pending > 0 || (!!n.scheduledAt && n.scheduledAt > new Date()))}
          labels={{ retry: t.retryFailed, retried: t.retried, cancel: t.cancel, cancelled: t.cancelledDone, error: t.genericError }} />
      </div>
      <h2>{t.detailDevices}</h2>
      <DeliveryLog rows={n.log} t={t} date={(d) => (d ? date.format(d) : t.none)} />
    </>
  );
}
