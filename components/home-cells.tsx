import type { SessionUser } from '@/lib/auth/session';

// The portal home's cells; the notification-preferences cell is hosted here.
export async function HomeCells({ user: _user }: { user: SessionUser }) {
  return <div className="grid" />;
}
