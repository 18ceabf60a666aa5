import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertUsers, useTestDatabase } from '../../test/delivery-fixtures';
import { createNotification } from '../notifications/create-notification';
import { notificationInputSchema } from '../validation/notification';
import { countUnread } from './count-unread';
import { getInboxItem } from './get-inbox-item';
import { getReadNotificationIds } from './get-read-states';
import { listInbox } from './list-inbox';
import { acknowledgeNotification, forgetNotification, markNotificationRead } from './update-inbox-item';

const send = (title: string, extra: Record<string, unknown> = {}) =>
  createNotification(notificationInputSchema.parse({ title, audience: { kind: 'users', users: ['ana'] }, ...extra }), { source: 'ui' }).then((r) => r.id);

describeEachDatabase('inbox', (kind) => {
  const database = useTestDatabase(kind);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await insertUsers(database().sql, [{ id: 'ana' }, { id: 'bob' }]);
    ids.first = await send('first', { actions: [{ type: 'ack', title: 'OK' }], tag: 'water' });
    ids.second = await send('second');
    ids.third = await send('third');
    ids.later = await send('scheduled', { scheduledAt: new Date(Date.now() + 3600_000).toISOString() });
    ids.cancelled = await send('cancelled');
    await database().sql.query(`UPDATE "Notification" SET "cancelledAt" = now() WHERE id = $1`, [ids.cancelled]);
  });

  it('lists published, unforgotten messages: unread first, newest first; counts unread', async () => {
    expect((await listInbox({ userId: 'ana' })).map((i) => i.title)).toEqual(['third', 'second', 'first']);
    expect(await countUnread('ana')).toBe(3);
    expect(await markNotificationRead('ana', ids.third)).toEqual({ unread: 2 });
    expect((await listInbox({ userId: 'ana' })).map((i) => i.title)).toEqual(['second', 'first', 'third']);
    expect(await listInbox({ userId: 'bob' })).toEqual([]);
  });

  it('acknowledging marks read too, keeps the first times, and only works for the recipient', async () => {
    expect(await acknowledgeNotification('ana', ids.first)).toEqual({ unread: 1 });
    const [row] = await database().sql.query<{ readAt: Date; ackedAt: Date }>(`SELECT "readAt", "ackedAt" FROM "NotificationRecipient" WHERE "notificationId" = $1`, [ids.first]);
    expect(row.readAt).toEqual(row.ackedAt);
    await acknowledgeNotification('ana', ids.first);
    const [again] = await database().sql.query<{ ackedAt: Date }>(`SELECT "ackedAt" FROM "NotificationRecipient" WHERE "notificationId" = $1`, [ids.first]);
    expect(again.ackedAt).toEqual(row.ackedAt);
    expect(await acknowledgeNotification('bob', ids.first)).toBeNull();
    expect(await markNotificationRead('ana', ids.later)).toBeNull(); // not published yet
    expect(await markNotificationRead('ana', 'nope')).toBeNull();
  });

  it('forgetting hides a message from the list', async () => {
    expect(await forgetNotification('ana', ids.second)).toEqual({ unread: 0 });
    expect((await listInbox({ userId: 'ana' })).map((i) => i.title)).toEqual(['third', 'first']);
  });

  it('gives the service worker the content of the recipient’s own messages, and which were read', async () => {
    expect(await getInboxItem({ userId: 'ana', notificationId: ids.first })).toMatchObject({
      notificationId: ids.first, title: 'first', tag: 'water', renotify: true, actions: [{ action: 'ack', title: 'OK' }],
    });
    expect(await getInboxItem({ userId: 'bob', notificationId: ids.first })).toBeNull();
    expect(await getInboxItem({ userId: 'ana', notificationId: ids.cancelled })).toBeNull();
    expect((await getReadNotificationIds({ userId: 'ana', notificationIds: [ids.first, ids.third, ids.later] })).sort()).toEqual([ids.first, ids.third].sort());
    expect(await getReadNotificationIds({ userId: 'bob', notificationIds: [ids.first] })).toEqual([]);
  });
});
