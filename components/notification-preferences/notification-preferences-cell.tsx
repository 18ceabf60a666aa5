import type { UserPrincipal } from '@/lib/principal/principal';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { getPreferences } from '@/lib/preferences/get-preferences';
import { getVapidPublicKeyOrNull } from '@/lib/push/vapid-keys';
import { listDevicesForUser } from '@/lib/subscriptions/list-devices-for-user';
import { listActiveTopics } from '@/lib/topics/list-active-topics';
import { NotificationPreferences } from './notification-preferences';

/** Server half of the cell: loads what it shows, so the browser starts with the list and the form filled in. */
export async function NotificationPreferencesCell({ user }: { user: UserPrincipal }) {
  const locale = await getLocale();
  const [messages, devices, topics, preferences] = await Promise.all([
    getMessages('push'),
    listDevicesForUser(user),
    listActiveTopics(locale),
    getPreferences(user),
  ]);
  return (
    <NotificationPreferences
      messages={messages}
      locale={locale}
      vapidKey={getVapidPublicKeyOrNull()}
      devices={devices.map((d) => ({
        ...d,
        createdAt: d.createdAt.toISOString(),
        lastSeenAt: d.lastSeenAt.toISOString(),
        lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null,
      }))}
      topics={topics}
      preferences={preferences}
    />
  );
}
