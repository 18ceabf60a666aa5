import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { DeliveryCountsView, inFlight } from '@/components/admin/delivery-counts';
import { DeliveryLog } from '@/components/admin/delivery-log';
import { DeliveryLogFilter, DeliveryLogPager } from '@/components/admin/delivery-log-nav';
import { describeHeldReason, type FollowUpContext } from '@/components/admin/follow-up-text';
import { HeldDeliveries } from '@/components/admin/held-deliveries';
import { NotificationActions } from '@/components/admin/notification-actions';
import { RecipientLanguages } from '@/components/admin/recipient-languages';
import { ReachFunnel } from '@/components/admin/reach/reach-funnel';
import { requireAdmin } from '@/lib/auth/require-principal';
import { getEnv } from '@/lib/env';
import { formatDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { idParamsSchema } from '@/lib/http/read-route-params';
import { countHeldDeliveries } from '@/lib/notifications/count-held-deliveries';
import { explainHeldDelivery } from '@/lib/notifications/explain-delivery';
import { titleFrom } from '@/lib/i18n/page-title';
import { deliveryLogQuerySchema } from '@/lib/validation/notification';
import { getNotificationDetail } from '@/lib/notifications/get-notification-detail';
import { copiedDeviceNameFor } from '@/lib/subscriptions/to-device';

export const generateMetadata = titleFrom('admin', 'detailTitle');

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  // A malformed id names nothing: 404 before it can reach a query (a NUL would fail in PostgreSQL as a 500).
  const parsed = idParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const admin = await requireAdmin({ callbackUrl: `/admin/notifications/${id}` });
  const logQuery = deliveryLogQuerySchema.parse(await searchParams);
  const [t, words, locale, n] = await Promise.all([
    getMessages('admin'),
    getMessages('push'),
    getLocale(),
    getNotificationDetail(admin, { id, log: logQuery }),
  ]);
  if (!n) notFound();
  const now = new Date();
  const ctx: FollowUpContext = { locale, timeZone: admin.timeZone, now, t };
  const when = (d: Date) => formatDate(d, { locale, timeZone: admin.timeZone, style: 'dateTimeSeconds' });
  const explain = { now, maxAttempts: getEnv().PUSH_MAX_ATTEMPTS };
  const held = await countHeldDeliveries(admin, n, explain);
  const reasons = n.log.map((d) => explainHeldDelivery(d, n, explain));
  const log = n.log.map((d, i) => ({
    ...d,
    deviceName: copiedDeviceNameFor(d.deviceName, d.subscription, words),
    held: reasons[i] && describeHeldReason(reasons[i], ctx),
  }));
  const canCancel = !n.cancelledAt && (n.counts.pending > 0 || (!!n.scheduledAt && n.scheduledAt > now));
  return (
    <>
      <p>
        <Link href="/admin/notifications">{t.back}</Link>
      </p>
      <h1>{n.title}</h1>
      <p>{n.body}</p>
      <AutoRefresh active={inFlight(n.counts)} />
      <div className="card stack">
        {n.cancelledAt && <p className="badge">{t.cancelled}</p>}
        {n.scheduledAt && !n.cancelledAt && <p>{format(t.scheduledFor, { date: when(n.scheduledAt) })}</p>}
        <DeliveryCountsView counts={n.counts} t={t} locale={locale} />
        <p>{formatMessage(locale, t.inboxCounts, n.inbox)}</p>
        <RecipientLanguages languages={n.languages} t={t} locale={locale} />
        <HeldDeliveries groups={held} ctx={ctx} />
        <NotificationActions
          id={n.id}
          canRetry={n.counts.failed > 0 && !n.cancelledAt}
          canCancel={canCancel}
          labels={{
            retry: t.retryFailed,
            retried: t.retried,
            cancel: t.cancel,
            cancelled: t.cancelledDone,
            error: t.genericError,
            cancelTitle: t.cancelDeliveriesTitle,
            cancelBody: t.cancelDeliveriesBody,
            goBack: t.confirmGoBack,
          }}
        />
      </div>
      <ReachFunnel reach={n.reach} locale={locale} t={t} />
      <h2 id="delivery-log">{t.detailDevices}</h2>
      <DeliveryLogFilter id={n.id} query={logQuery} counts={n.counts} t={t} locale={locale} />
      {log.length > 0 && <DeliveryLog rows={log} t={t} locale={locale} date={when} />}
      <DeliveryLogPager id={n.id} query={logQuery} counts={n.counts} t={t} locale={locale} />
    </>
  );
}
