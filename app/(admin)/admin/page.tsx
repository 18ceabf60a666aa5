import Link from 'next/link';
import { NotificationReach } from '@/components/admin/notification-reach';
import { requireAdmin } from '@/lib/auth/require-principal';
import { formatDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import { formatNumber } from '@/lib/i18n/format-number';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { listFailedNotifications } from '@/lib/notifications/list-failed-notifications';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { countDevices } from '@/lib/subscriptions/count-devices';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('admin', 'home');

// What needs a look today: the last messages and what they reached, failures to retry, the devices that receive.
export default async function AdminHomePage() {
  const admin = await requireAdmin({ callbackUrl: '/admin' });
  const [t, locale, recent, failures, devices] = await Promise.all([
    getMessages('admin'),
    getLocale(),
    listNotifications(admin, { limit: 5 }).then((r) => r.notifications),
    listFailedNotifications(admin, { limit: 5 }),
    countDevices(admin),
  ]);
  const when = (d: Date) => formatDate(d, { locale, timeZone: admin.timeZone });
  return (
    <>
      <h1>{t.home}</h1>
      <p className="row">
        <span className="muted">{t.homeIntro}</span>{' '}
        <Link href="/admin/compose" className="btn">
          {t.compose}
        </Link>
      </p>
      <div className="grid dash-grid">
        <section className="card stack" aria-labelledby="dash-recent">
          <h2 id="dash-recent">{t.dashRecent}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t.dashRecentEmpty}</p>
          ) : (
            <ul className="dash-list">
              {recent.map((n) => (
                <li key={n.id}>
                  <Link href={`/admin/notifications/${n.id}`}>{n.title}</Link>{' '}
                  <span className="muted">{when(n.createdAt)}</span>
                  <NotificationReach recipients={n.recipients} deliveries={n.deliveries} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/admin/notifications">{t.dashAllNotifications}</Link>
          </p>
        </section>
        <section className="card stack" aria-labelledby="dash-failures">
          <h2 id="dash-failures">{t.dashFailures}</h2>
          {failures.length === 0 ? (
            <p className="muted">{t.dashFailuresEmpty}</p>
          ) : (
            <ul className="dash-list">
              {failures.map((f) => (
                <li key={f.id}>
                  <Link href={`/admin/notifications/${f.id}`}>{f.title}</Link>{' '}
                  <span className="status-pill status-pill--failed">
                    {formatMessage(locale, t.dashFailedCount, { count: f.failed })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card stack" aria-labelledby="dash-devices">
          <h2 id="dash-devices">{t.dashDevices}</h2>
          {devices.devices === 0 ? (
            <p className="muted">{t.dashDevicesEmpty}</p>
          ) : (
            <>
              <p className="dash-figure">
                {formatMessage(locale, t.dashDevicesTotal, { devices: devices.devices, people: devices.people })}
              </p>
              <h3>{t.dashByBrowser}</h3>
              <ul className="dash-list">
                {devices.byBrowser.map((b) => (
                  <li key={b.browser ?? ''}>
                    {b.browser ?? t.dashOtherBrowser}: {formatNumber(b.count, { locale })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link href="/admin/devices">{t.dashAllDevices}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
