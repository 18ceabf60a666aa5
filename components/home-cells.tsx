import type { UserPrincipal } from '@/lib/principal/principal';
import { getMessages } from '@/lib/i18n/get-t';
import { UnreadPreview } from './inbox/unread-preview';
import { PushStatusLine } from './notification-preferences/push-status-line';
import { pickPushStatusWords } from './notification-preferences/push-status-words';
import { vapidKeyOrNull } from './notification-preferences/vapid-key-or-null';

// The portal home: what matters first (unread messages), then this device's push status in one line. Everything
// else about notifications is on the settings page, not repeated here.
export async function HomeCells({ user }: { user: UserPrincipal }) {
  const words = pickPushStatusWords(await getMessages('push'));
  return (
    <div className="home-cells">
      <UnreadPreview user={user} />
      <PushStatusLine words={words} vapidKey={vapidKeyOrNull() !== null} href="/settings/notifications" />
    </div>
  );
}
