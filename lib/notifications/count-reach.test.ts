import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { createNotification } from './create-notification';
import { getNotificationDetail } from './get-notification-detail';
import { listNotifications } from './list-notifications';

const admin = adminPrincipal({ id: 'admin1' });

describeEachDatabase('the reach funnel: targeted → accepted → shown → opened → acknowledged', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      { id: 'p1', endpoints: ['https://push.test/a', 'https://push.test/b'] },
      { id: 'p2', endpoints: ['https://push.test/c', 'https://push.test/d'] },
      { id: 'p3' },
    ]);
  });
  const send = (title: string) =>
    createNotification(
      {
        title,
        body: '',
        audience: { kind: 'users', users: ['p1', 'p2', 'p3'] },
        actions: [],
        urgency: 'normal',
        critical: false,
      },
      { source: 'ui', createdById: 'admin1' },
    );
  const deliveriesSet = (id: string, set: string, devices: string[]) =>
    database().sql.query(
      `UPDATE "Delivery" SET ${set} WHERE "notificationId" = $1 AND "subscriptionId" = ANY($2::text[])`,
      [id, devices],
    );

  it('counts each stage of one notification, and not another’s', async () => {
    const { id } = await send('Storm');
    const other = await send('Other');
    // 4 devices targeted; 3 accepted (one failed); 2 shown; 1 opened; 1 of 3 people acknowledged in the inbox.
    await deliveriesSet(id, `status = 'sent', "sentAt" = now()`, ['p1-d0', 'p1-d1', 'p2-d0']);
    await deliveriesSet(id, `status = 'failed'`, ['p2-d1']);
    await deliveriesSet(id, `"shownAt" = now()`, ['p1-d0', 'p2-d0']);
    await deliveriesSet(id, `"openedAt" = now()`, ['p1-d0']);
    await deliveriesSet(other.id, `status = 'sent', "sentAt" = now(), "shownAt" = now()`, ['p1-d0']);
    await database().sql.query(
      `UPDATE "NotificationRecipient" SET "ackedAt" = now(), "readAt" = now()
       WHERE "notificationId" = $1 AND "userId" = 'p3'`,
      [id],
    );

    const expected = { targeted: 4, accepted: 3, shown: 2, opened: 1, recipients: 3, acknowledged: 1 };
    expect((await getNotificationDetail(admin, { id }))!.reach).toEqual(expected);
    const { notifications: rows } = await listNotifications(admin, { limit: 10 });
    expect(rows.find((r) => r.id === id)!.reach).toEqual(expected);
    expect(rows.find((r) => r.id === other.id)!.reach).toMatchObject({ targeted: 4, accepted: 1, shown: 1 });
    // The status counts and inbox states come from the same pass: each notification's own, summed right.
    const detail = (await getNotificationDetail(admin, { id }))!;
    expect(detail.counts).toMatchObject({ pending: 0, sent: 3, failed: 1, total: 4 });
    expect(detail.inbox).toEqual({ recipients: 3, read: 1, acknowledged: 1 });
    expect(detail.languages).toEqual([{ lang: 'en', recipients: 3 }]);
    expect(rows.find((r) => r.id === other.id)).toMatchObject({
      deliveries: { pending: 3, sent: 1, failed: 0, total: 4 },
      recipients: 3,
    });
  });

  it('is all zeros for a notification that reached inboxes only', async () => {
    const { id } = await createNotification(
      {
        title: 'Inbox',
        body: '',
        audience: { kind: 'users', users: ['p3'] },
        actions: [],
        urgency: 'normal',
        critical: false,
      },
      { source: 'ui', createdById: 'admin1' },
    );
    expect((await getNotificationDetail(admin, { id }))!.reach).toEqual({
      targeted: 0,
      accepted: 0,
      shown: 0,
      opened: 0,
      recipients: 1,
      acknowledged: 0,
    });
  });
});
