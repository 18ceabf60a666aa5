import type { SessionUser } from '@/lib/auth/session';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { getPreferences } from '@/lib/preferences/get-preferences';
import { getVapidPublicKey } from '@/lib/push/vapid-keys';
import { listDevicesForUser } from '@/lib/subscriptions/list-devices-for-user';
import { listActiveTopics } from '@/lib/topics/list-active-topics';
import { NotificationPreferences } from './notification-preferences';

/** Server half of the cell: loads what it shows, so the browser starts with the list and the form filled in. */
export async function NotificationPreferencesCell({ user }: { user: SessionUser }) {
  const [messages, locale, devices, topics, preferences] = await Promise.all([
    getMessages('push'),
    getLocale(),
    listDevicesForUser(user.id),
    listActiveTopics(),
    getPreferences(user.id),
  ]);
  return (
    <NotificationPreferences
      messages={messages}
      locale={locale}
      vapidKey={vapidKeyOrNull()}
      devices={devices.map((d) => ({ ...d, createdAt: d.createdAt.toISOString(), lastSeenAt: d.lastSeenAt.toISOString(), lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null }))}
      topics={topics}
      preferences={preferences}
    />
  );
}

// Without VAPID keys (a dev server started without them) the cell says push is unavailable instead of failing.
function vapidKeyOrNull(): string | null {
  try {
    return getVapidPublicKey();
  } catch {
    return null;
  }
}
