import type { SessionUser } from '@/lib/auth/session';
import { NotificationPreferencesCell } from './notification-preferences/notification-preferences-cell';

// The portal home's cells; the notification-preferences cell is hosted here.
export async function HomeCells({ user }: { user: SessionUser }) {
  return (
    <div className="grid">
      <NotificationPreferencesCell user={user} />
    </div>
  );
}
