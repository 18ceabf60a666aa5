import type { Metadata } from 'next';
import { AdminTable } from '@/components/admin/admin-table';
import { PruneDevices } from '@/components/admin/devices/prune-devices';
import { RemoveDeviceButton } from '@/components/admin/devices/remove-device-button';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { describeUserAgent } from '@/lib/subscriptions/describe-user-agent';
import { listAllDevices } from '@/lib/subscriptions/list-all-devices';

export const metadata: Metadata = { title: 'Devices' };

export default async function DevicesPage() {
  const [t, locale, devices] = await Promise.all([getMessages('admin'), getLocale(), listAllDevices({ limit: 500 })]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (d: Date | null) => (d ? date.format(d) : t.never);
  return (
    <>
      <h1>{t.devices}</h1>
      <PruneDevices t={t} locale={locale} />
      {devices.length === 0 ? <p className="muted">{t.noDevices}</p> : (
        <AdminTable label={t.devices} columns={[t.colUser, t.colDevice, t.colBrowser, t.colLastSeen, t.colLastSuccess, t.colFailures, null]}>
          {devices.map((d) => {
            const ua = describeUserAgent(d.userAgent);
            return (
              <tr key={d.id}>
                <td>{d.user.name} ({d.user.email})</td><td>{d.name}</td><td>{[ua.browser, ua.os].filter(Boolean).join(' · ') || t.none}</td>
                <td>{when(d.lastSeenAt)}</td><td>{when(d.lastSuccessAt)}</td><td>{d.failureCount}</td>
                <td><RemoveDeviceButton id={d.id} text={t.remove} label={format(t.removeDevice, { name: `${d.name} (${d.user.name})` })} /></td>
              </tr>
            );
          })}
        </AdminTable>
      )}
    </>
  );
}
