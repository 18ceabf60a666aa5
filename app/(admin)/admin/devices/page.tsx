import { AdminTable } from '@/components/admin/admin-table';
import { PruneDevices } from '@/components/admin/devices/prune-devices';
import { PersonSearchForm } from '@/components/admin/person-search-form';
import { RemoveDeviceButton } from '@/components/admin/devices/remove-device-button';
import { requireAdmin } from '@/lib/auth/require-principal';
import { getEnv } from '@/lib/env';
import { formatMessage } from '@/lib/i18n/format-message';
import { formatDate } from '@/lib/i18n/format-date';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { titleFrom } from '@/lib/i18n/page-title';
import { describeUserAgent } from '@/lib/subscriptions/describe-user-agent';
import { listAllDevices } from '@/lib/subscriptions/list-all-devices';
import { deviceNameFor } from '@/lib/subscriptions/to-device';
import { isSilentDevice } from '@/lib/subscriptions/silent-devices';
import { peopleQuerySchema } from '@/lib/validation/person';

export const generateMetadata = titleFrom('admin', 'devices');

/** Devices listed at most: the others are found by searching for their owner. */
const DEVICES_SHOWN = 200;

export default async function DevicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const admin = await requireAdmin({ callbackUrl: '/admin/devices' });
  const parsed = peopleQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data.q : '';
  const [t, words, locale, { devices, more }] = await Promise.all([
    getMessages('admin'),
    getMessages('push'),
    getLocale(),
    listAllDevices(admin, { query, limit: DEVICES_SHOWN }),
  ]);
  const when = (d: Date | null) => (d ? formatDate(d, { locale, timeZone: admin.timeZone }) : t.never);
  const now = new Date();
  const silentDays = getEnv().PUSH_SILENT_DAYS;
  const silentHint = formatMessage(locale, t.silentHint, { days: silentDays });
  return (
    <>
      <h1>{t.devices}</h1>
      <PruneDevices t={t} locale={locale} timeZone={admin.timeZone} />
      <PersonSearchForm
        action="/admin/devices"
        id="devices-q"
        label={t.searchDevices}
        submit={t.search}
        query={query}
      />
      {devices.length === 0 ? (
        <p className="muted">{query ? t.noDevicesMatch : t.noDevices}</p>
      ) : (
        <AdminTable
          label={t.devices}
          columns={[
            t.colUser,
            t.colDevice,
            t.colBrowser,
            t.colLastSeen,
            t.colLastSuccess,
            t.colLastShown,
            t.colFailures,
            null,
          ]}
        >
          {devices.map((d) => {
            const ua = describeUserAgent(d.userAgent);
            const device = deviceNameFor(d, words);
            const name = `${device} (${d.user.name})`;
            const confirm = {
              title: format(t.removeDeviceTitle, { name }),
              body: t.removeDeviceBody,
              yes: t.removeDeviceYes,
              no: t.confirmGoBack,
            };
            return (
              <tr key={d.id}>
                <td>
                  {d.user.name} ({d.user.email})
                </td>
                <td>
                  {device}
                  {/* In words, not a colour: "Silent — accepted pushes but showed none for 30 days". */}
                  {isSilentDevice(d, silentDays, now) && (
                    <div className="device-silent">
                      <strong className="badge">{t.silent}</strong> <span className="muted">{silentHint}</span>
                    </div>
                  )}
                </td>
                <td>{[ua.browser, ua.os].filter(Boolean).join(' · ') || t.none}</td>
                <td>{when(d.lastSeenAt)}</td>
                <td>{when(d.lastSuccessAt)}</td>
                <td>{when(d.lastShownAt)}</td>
                <td>{d.failureCount}</td>
                <td>
                  <RemoveDeviceButton
                    id={d.id}
                    text={t.remove}
                    label={format(t.removeDevice, { name })}
                    confirm={confirm}
                  />
                </td>
              </tr>
            );
          })}
        </AdminTable>
      )}
      {more && <p className="muted">{formatMessage(locale, t.moreDevices, { n: DEVICES_SHOWN })}</p>}
    </>
  );
}
