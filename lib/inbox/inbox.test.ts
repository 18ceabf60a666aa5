import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertUsers } from '../../test/delivery-fixtures';
import { userPrincipal } from '../../test/principals';
import { useMigratedDatabase } from '../../test/use-database';
import { createNotification } from '../notifications/create-notification';
import { notificationInputSchema } from '../validation/notification';
import { countUnread } from './count-unread';
import { getInboxItem } from './get-inbox-item';
import { getReadNotificationIds } from './get-read-states';
import { listInbox } from './list-inbox';
import {
  acknowledgeNotification,
  forgetNotification,
  markNotificationRead,
  restoreNotification,
} from './update-inbox-item';

const send = (title: string, extra: Record<string, unknown> = {}) =>
  createNotification(notificationInputSchema.parse({ title, audience: { kind: 'users', users: ['ana'] }, ...extra }), {
    source: 'ui',
  }).then((r) => r.id);

const ana = userPrincipal({ id: 'ana' });
const bob = userPrincipal({ id: 'bob' });

describeEachDatabase('inbox', (kind) => {
  // Emptied and seeded again before each test: every test states the reads it starts from, in any order.
  const database = useMigratedDatabase(kind);
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    await insertUsers(database().sql, [{ id: 'ana' }, { id: 'bob' }]);
    ids.first = await send('first', { actions: [{ type: 'ack', title: 'OK' }], tag: 'water' });
    ids.second = await send('second');
    ids.third = await send('third');
    ids.later = await send('scheduled', { scheduledAt: new Date(Date.now() + 3600_000).toISOString() });
    ids.cancelled = await send('cancelled');
    await database().sql.query(`UPDATE "Notification" SET "cancelledAt" = now() WHERE id = $1`, [ids.cancelled]);
  });

  it('lists published, unforgotten messages: unread first, newest first; counts unread', async () => {
    expect((await listInbox(ana)).map((i) => i.title)).toEqual(['third', 'second', 'first']);
    expect(await countUnread(ana)).toBe(3);
    expect(await markNotificationRead(ana, ids.third)).toEqual({ unread: 2 });
    expect((await listInbox(ana)).map((i) => i.title)).toEqual(['second', 'first', 'third']);
    expect(await listInbox(bob)).toEqual([]);
  });

  it('goes a page at a time in the same order, no message twice or left out', async () => {
    await markNotificationRead(ana, ids.second);
    const page = async (offset: number) => (await listInbox(ana, { limit: 2, offset })).map((i) => i.title);
    expect([await page(0), await page(2), await page(4)]).toEqual([['third', 'first'], ['second'], []]);
  });

  it('acknowledging marks read too, keeps the first times, and only works for the recipient', async () => {
    await markNotificationRead(ana, ids.third);
    expect(await acknowledgeNotification(ana, ids.first)).toEqual({ unread: 1 });
    const [row] = await database().sql.query<{ readAt: Date; ackedAt: Date }>(
      `SELECT "readAt", "ackedAt" FROM "NotificationRecipient" WHERE "notificationId" = $1`,
      [ids.first],
    );
    expect(row.readAt).toEqual(row.ackedAt);
    await acknowledgeNotification(ana, ids.first);
    const [again] = await database().sql.query<{ ackedAt: Date }>(
      `SELECT "ackedAt" FROM "NotificationRecipient" WHERE "notificationId" = $1`,
      [ids.first],
    );
    expect(again.ackedAt).toEqual(row.ackedAt);
    expect(await acknowledgeNotification(bob, ids.first)).toBeNull();
    expect(await markNotificationRead(ana, ids.later)).toBeNull(); // not published yet
    expect(await markNotificationRead(ana, 'nope')).toBeNull();
  });

  it('forgetting hides a message from the list; Undo (restore) brings it back, read, in its place', async () => {
    await markNotificationRead(ana, ids.third);
    await acknowledgeNotification(ana, ids.first);
    expect(await forgetNotification(ana, ids.second)).toEqual({ unread: 0 });
    expect((await listInbox(ana)).map((i) => i.title)).toEqual(['third', 'first']);
    expect(await restoreNotification(ana, ids.second)).toEqual({ unread: 0 });
    expect((await listInbox(ana)).map((i) => i.title)).toEqual(['third', 'second', 'first']);
    expect(await restoreNotification(bob, ids.second)).toBeNull();
    expect(await forgetNotification(ana, ids.second)).toEqual({ unread: 0 });
    expect((await listInbox(ana)).map((i) => i.title)).toEqual(['third', 'first']);
  });

  it('lists only unread messages for the home page, with their topic and urgency', async () => {
    for (const id of [ids.first, ids.second, ids.third]) await markNotificationRead(ana, id);
    await database().sql.query(`INSERT INTO "Topic" (id, slug, name) VALUES ('t-storm', 'weather', 'Weather alerts')`);
    await database().sql.query(`INSERT INTO "UserTopic" ("userId", "topicId") VALUES ('ana', 't-storm')`);
    const storm = await send('storm', { topic: 'weather', urgency: 'high', critical: true, body: 'Stay inside.' });
    const unread = await listInbox(ana, { unreadOnly: true });
    expect(unread.map((i) => i.title)).toEqual(['storm']);
    expect(unread[0]).toMatchObject({
      topicName: 'Weather alerts',
      urgency: 'high',
      critical: true,
      body: 'Stay inside.',
    });
    expect((await listInbox(ana)).find((i) => i.title === 'third')).toMatchObject({
      topicName: null,
      urgency: 'normal',
      critical: false,
    });
    await markNotificationRead(ana, storm);
    expect(await listInbox(ana, { unreadOnly: true })).toEqual([]);
  });

  it('gives the service worker the content of the recipient’s own messages, and which were read', async () => {
    await acknowledgeNotification(ana, ids.first);
    await markNotificationRead(ana, ids.third);
    expect(await getInboxItem(ana, { notificationId: ids.first })).toMatchObject({
      notificationId: ids.first,
      title: 'first',
      tag: 'water',
      renotify: true,
      actions: [{ action: 'ack', title: 'OK' }],
    });
    expect(await getInboxItem(bob, { notificationId: ids.first })).toBeNull();
    expect(await getInboxItem(ana, { notificationId: ids.cancelled })).toBeNull();
    expect((await getReadNotificationIds(ana, { notificationIds: [ids.first, ids.third, ids.later] })).sort()).toEqual(
      [ids.first, ids.third].sort(),
    );
    expect(await getReadNotificationIds(bob, { notificationIds: [ids.first] })).toEqual([]);
  });

  // Its own person and message: passes or fails whatever the other tests did before it.
  it('forgetting an unread message marks it read: other devices close it; Undo brings it back read', async () => {
    await insertUsers(database().sql, [{ id: 'cy' }]);
    const cy = userPrincipal({ id: 'cy' });
    const { id } = await createNotification(
      notificationInputSchema.parse({ title: 'forget me', audience: { kind: 'users', users: ['cy'] } }),
      { source: 'ui' },
    );
    expect(await countUnread(cy)).toBe(1);
    expect(await forgetNotification(cy, id)).toEqual({ unread: 0 });
    expect(await getReadNotificationIds(cy, { notificationIds: [id] })).toEqual([id]);
    expect(await restoreNotification(cy, id)).toEqual({ unread: 0 });
    expect((await listInbox(cy)).map((i) => [i.title, i.readAt instanceof Date])).toEqual([['forget me', true]]);
  });
});
