import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { cancelNotification } from './cancel-notification';
import { createNotification } from './create-notification';
import { getNotificationDetail } from './get-notification-detail';
import { listNotifications } from './list-notifications';
import { retryFailedDeliveries } from './retry-failed-deliveries';

const admin = adminPrincipal({ id: 'admin1' });

describeEachDatabase('admin follow-up: history, detail, retry failed, cancel', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      { id: 'cit1', endpoints: ['https://push.test/a1', 'https://push.test/a2'] },
    ]);
  });
  const make = (title: string, scheduledAt?: Date) =>
    createNotification(
      {
        title,
        body: '',
        audience: { kind: 'users', users: ['cit1'] },
        actions: [],
        urgency: 'normal',
        critical: false,
        scheduledAt,
      },
      { source: 'ui', createdById: 'admin1' },
    );

  it('lists notifications with creator and counts, and details the per-device log with inbox counts', async () => {
    const { id } = await make('History one');
    const [row] = (await listNotifications(admin, { limit: 10 })).notifications.filter((r) => r.id === id);
    expect(row).toMatchObject({ title: 'History one', source: 'ui', deliveries: { pending: 2, total: 2 } });
    expect(row.createdBy?.name).toBeTruthy();
    const detail = (await getNotificationDetail(admin, { id }))!;
    expect(detail.log).toHaveLength(2);
    expect(detail.log[0]).toMatchObject({ status: 'pending', attempts: 0, user: { email: expect.any(String) } });
    expect(detail.inbox).toEqual({ recipients: 1, read: 0, acknowledged: 0 });
    expect(await getNotificationDetail(admin, { id: 'nope' })).toBeNull();
  });

  it('pages the history newest first, saying when older ones follow', async () => {
    for (const title of ['Page a', 'Page b', 'Page c']) await make(title);
    const all = (await listNotifications(admin, { limit: 1000 })).notifications;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const pages = await Promise.all([1, 2, 3].map((page) => listNotifications(admin, { limit: 2, page })));
    expect(pages[0].notifications.map((n) => n.title).slice(0, 2)).toEqual(['Page c', 'Page b']);
    expect(pages[0].more).toBe(true);
    const paged = pages.flatMap((p) => p.notifications.map((n) => n.id));
    expect(paged).toEqual(all.slice(0, paged.length).map((n) => n.id));
    const last = await listNotifications(admin, { limit: 2, page: Math.ceil(all.length / 2) });
    expect(last.more).toBe(false);
    expect((await listNotifications(admin, { limit: 2, page: Math.ceil(all.length / 2) + 1 })).notifications).toEqual(
      [],
    );
  });

  it('retries only failed deliveries of a live notification, with a fresh round of attempts', async () => {
    const { id } = await make('Retry me');
    await database().sql.query(
      `UPDATE "Delivery" SET status = 'failed', attempts = 5, "lastStatusCode" = 500 WHERE "notificationId" = $1`,
      [id],
    );
    expect(await retryFailedDeliveries(admin, { notificationId: id })).toBe(2);
    const rows = await database().prisma.delivery.findMany({ where: { notificationId: id } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);
    expect(await retryFailedDeliveries(admin, { notificationId: id })).toBe(0);
  });

  it('cancels a scheduled notification: pending deliveries cancelled, flag set, retry no longer applies', async () => {
    const { id } = await make('Later', new Date(Date.now() + 3600_000));
    expect(await cancelNotification(admin, { notificationId: id })).toBe(2);
    expect(await cancelNotification(admin, { notificationId: id })).toBe(0);
    const n = (await getNotificationDetail(admin, { id }))!;
    expect(n.cancelledAt).not.toBeNull();
    expect(n.counts).toMatchObject({ cancelled: 2, pending: 0 });
    await database().sql.query(`UPDATE "Delivery" SET status = 'failed' WHERE "notificationId" = $1`, [id]);
    expect(await retryFailedDeliveries(admin, { notificationId: id })).toBe(0);
  });
});
