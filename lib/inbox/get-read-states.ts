import 'server-only';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { kysely } from '../db/client';

/**
 * Which of these notifications the citizen has already read (on any device): a page closes their system
 * notifications on this device.
 */
export async function getReadNotificationIds(
  user: UserPrincipal,
  opts: { notificationIds: string[] },
): Promise<string[]> {
  assertUser(user);
  if (!opts.notificationIds.length) return [];
  const rows = await kysely()
    .selectFrom('NotificationRecipient')
    .select('notificationId')
    .where('userId', '=', user.id)
    .where('notificationId', 'in', opts.notificationIds)
    .where('readAt', 'is not', null)
    .execute();
  return rows.map((r) => r.notificationId);
}
