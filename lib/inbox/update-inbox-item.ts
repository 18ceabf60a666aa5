import 'server-only';
import type { ExpressionBuilder } from 'kysely';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';
import { NOW } from '../db/sql-expressions';
import type { DB } from '../generated/kysely/database';
import { countUnread } from './count-unread';
import { PUBLISHED } from './visible-inbox-sql';

export type InboxChange = 'read' | 'ack' | 'forget' | 'restore';

// Each change keeps the first time it happened; acknowledging or forgetting a message also means it was read.
// Forgetting only hides the row, so that "Undo" (restore) can bring it back as it was.
type Eb = ExpressionBuilder<DB & { r: DB['NotificationRecipient']; n: DB['Notification'] }, 'r' | 'n'>;
const SET = {
  read: (eb: Eb) => ({ readAt: eb.fn.coalesce('r.readAt', NOW) }),
  ack: (eb: Eb) => ({ readAt: eb.fn.coalesce('r.readAt', NOW), ackedAt: eb.fn.coalesce('r.ackedAt', NOW) }),
  forget: (eb: Eb) => ({ readAt: eb.fn.coalesce('r.readAt', NOW), forgottenAt: eb.fn.coalesce('r.forgottenAt', NOW) }),
  restore: () => ({ forgottenAt: null }),
} satisfies Record<InboxChange, unknown>;

/**
 * (A forgotten message can still be acknowledged from a device that shows it.)
 * Marks one of the citizen's messages read, acknowledged or forgotten. null when it is not theirs (or not visible
 * yet), so callers answer 404 without revealing that it exists; else the new unread count (for the badges).
 */
export async function updateInboxItem(
  user: UserPrincipal,
  opts: { notificationId: string; change: InboxChange },
): Promise<{ unread: number } | null> {
  assertUser(user);
  const rows = await kysely()
    .updateTable('NotificationRecipient as r')
    .from('Notification as n')
    .set(SET[opts.change])
    .whereRef('n.id', '=', 'r.notificationId')
    .where('r.notificationId', '=', opts.notificationId)
    .where('r.userId', '=', user.id)
    .where(PUBLISHED)
    .returning('r.notificationId')
    .execute();
  if (!rows.length) return null;
  return { unread: await countUnread(user) };
}

export const markNotificationRead = (user: UserPrincipal, notificationId: string) =>
  updateInboxItem(user, { notificationId, change: 'read' });
export const acknowledgeNotification = (user: UserPrincipal, notificationId: string) =>
  updateInboxItem(user, { notificationId, change: 'ack' });
export const forgetNotification = (user: UserPrincipal, notificationId: string) =>
  updateInboxItem(user, { notificationId, change: 'forget' });
export const restoreNotification = (user: UserPrincipal, notificationId: string) =>
  updateInboxItem(user, { notificationId, change: 'restore' });
