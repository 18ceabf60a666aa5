import 'server-only';
import { getDatabase } from '../db/client';
import { utcColumn } from '../db/sql-time';
import type { NotificationAction } from '../validation/notification';
import { VISIBLE_INBOX } from './visible-inbox-sql';

export type InboxItem = {
  id: string;
  title: string;
  body: string;
  url: string | null;
  image: string | null;
  tag: string | null;
  actions: NotificationAction[];
  /** When it reached the inbox: its schedule, else its creation. */
  receivedAt: Date;
  readAt: Date | null;
  ackedAt: Date | null;
};

/** The citizen's inbox: unread first, then newest first. */
export async function listInbox(opts: { userId: string; limit?: number }): Promise<InboxItem[]> {
  return getDatabase().sql.query<InboxItem>(
    `SELECT n.id, n.title, n.body, n.url, n.image, n.tag, coalesce(n.actions, '[]'::jsonb) AS actions,
            ${utcColumn('coalesce(n."scheduledAt", n."createdAt")')} AS "receivedAt",
            ${utcColumn('r."readAt"')} AS "readAt", ${utcColumn('r."ackedAt"')} AS "ackedAt"
       FROM "NotificationRecipient" r JOIN "Notification" n ON n.id = r."notificationId"
      WHERE r."userId" = $1 AND ${VISIBLE_INBOX}
      ORDER BY r."readAt" IS NULL DESC, coalesce(n."scheduledAt", n."createdAt") DESC
      LIMIT $2`,
    [opts.userId, opts.limit ?? 100],
  );
}
