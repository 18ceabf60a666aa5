import 'server-only';
import { getDatabase } from '../db/client';
import { VISIBLE_INBOX } from './visible-inbox-sql';

/** Unread messages in the citizen's inbox (header badge, app badge). */
export async function countUnread(userId: string): Promise<number> {
  const [row] = await getDatabase().sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "NotificationRecipient" r JOIN "Notification" n ON n.id = r."notificationId"
      WHERE r."userId" = $1 AND r."readAt" IS NULL AND ${VISIBLE_INBOX}`,
    [userId],
  );
  return row.n;
}
