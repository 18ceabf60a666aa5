import 'server-only';
import { getDatabase } from '../db/client';
import { utcColumn } from '../db/sql-time';
import { fullPayload, type FullPayload } from '../notifications/build-payload';
import type { NotificationAction } from '../validation/notification';
import { PUBLISHED } from './visible-inbox-sql';

export type InboxItemContent = FullPayload & { readAt: Date | null; ackedAt: Date | null };

/**
 * One of the citizen's messages in the shape the service worker shows (an id-only push fetches this), or null when
 * it is not theirs.
 */
export async function getInboxItem(opts: { userId: string; notificationId: string }): Promise<InboxItemContent | null> {
  const [row] = await getDatabase().sql.query<{
    id: string; title: string; body: string; url: string | null; icon: string | null; image: string | null; tag: string | null;
    actions: NotificationAction[] | null; createdAt: Date; readAt: Date | null; ackedAt: Date | null;
  }>(
    `SELECT n.id, n.title, n.body, n.url, n.icon, n.image, n.tag, n.actions, ${utcColumn('n."createdAt"')} AS "createdAt",
            ${utcColumn('r."readAt"')} AS "readAt", ${utcColumn('r."ackedAt"')} AS "ackedAt"
       FROM "NotificationRecipient" r JOIN "Notification" n ON n.id = r."notificationId"
      WHERE r."notificationId" = $1 AND r."userId" = $2 AND ${PUBLISHED}`,
    [opts.notificationId, opts.userId],
  );
  if (!row) return null;
  return { ...fullPayload(row), readAt: row.readAt, ackedAt: row.ackedAt };
}
