// Browser-side helpers shared by the inbox page and the header: inbox changes, the app badge, device notifications.

/** What public/sw.js posts to open pages when a push arrives or a notification action changed the inbox. */
export const SW_MESSAGE_TYPES = ['crieur:push', 'crieur:inbox-changed'];

export type InboxChange = 'read' | 'ack' | 'forget' | 'restore';

export async function changeInboxItem(id: string, change: InboxChange): Promise<{ unread: number }> {
  const res = await fetch(`/api/notifications/${encodeURIComponent(id)}/${change}`, {
    method: 'POST',
    credentials: 'same-origin',
  });
  if (!res.ok) throw new Error(`${change} ${res.status}`);
  return res.json();
}

/** The count on the installed app's icon (Badging API; absent in some browsers, refused when not installed). */
export function setAppBadge(count: number) {
  const nav = navigator as Navigator & {
    setAppBadge?: (n?: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  const p = count > 0 ? nav.setAppBadge?.(count) : nav.clearAppBadge?.();
  p?.catch(() => undefined);
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return 'serviceWorker' in navigator ? navigator.serviceWorker.getRegistration() : undefined;
}

/** Closes this device's system notification for a message read here (its tag is the message's tag, else its id). */
export async function closeDeviceNotification(tag: string) {
  const reg = await registration();
  for (const n of (await reg?.getNotifications({ tag })) ?? []) n.close();
}

/** Closes the notifications still shown on this device for messages already read on another one. */
export async function closeNotificationsReadElsewhere() {
  const reg = await registration();
  const shown = ((await reg?.getNotifications()) ?? []).filter((n) => n.data?.notificationId);
  if (!shown.length) return;
  const ids = [...new Set(shown.map((n) => String(n.data.notificationId)))].slice(0, 100);
  const res = await fetch(`/api/notifications/read-state?ids=${ids.map(encodeURIComponent).join(',')}`, {
    credentials: 'same-origin',
  });
  if (!res.ok) return;
  const read = new Set<string>((await res.json()).read);
  for (const n of shown) if (read.has(String(n.data.notificationId))) n.close();
}
