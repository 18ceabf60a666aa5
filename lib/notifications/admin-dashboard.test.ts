import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { countDevices } from '../subscriptions/count-devices';
import { createNotification } from './create-notification';
import { explainHeldDelivery } from './explain-delivery';
import { getNotificationDetail } from './get-notification-detail';
import { listFailedNotifications } from './list-failed-notifications';
import { listNotifications } from './list-notifications';

const admin = adminPrincipal({ id: 'admin1' });
const minutesFromNow = (m: number) => (new Date().getUTCHours() * 60 + new Date().getUTCMinutes() + m + 1440) % 1440;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const FIREFOX = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';

describeEachDatabase('admin dashboard and follow-up: reach, held reasons, failures, devices', (kind) => {
  const database = useTestDatabase(kind);
  // Read once: computed again later, "two hours from now" moves on by a minute when the suite crosses one.
  let quietEnd = 0;
  beforeAll(async () => {
    quietEnd = minutesFromNow(120);
    // quiet1's quiet hours run from an hour ago to two hours from now (UTC): a push created now waits.
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      { id: 'nodevice' },
      {
        id: 'quiet1',
        endpoints: ['https://push.test/q1'],
        timeZone: 'UTC',
        quietStart: minutesFromNow(-60),
        quietEnd,
      },
      { id: 'two', endpoints: ['https://push.test/t1', 'https://push.test/t2'] },
    ]);
    await database().sql.query(`UPDATE "PushSubscription" SET "userAgent" = $1 WHERE id = 'two-d0'`, [FIREFOX]);
  });
  const send = (title: string, users: string[]) =>
    createNotification(
      { title, body: '', audience: { kind: 'users', users }, actions: [], urgency: 'normal', critical: false },
      { source: 'ui', createdById: 'admin1' },
    );

  it('the history counts inboxes apart from devices, and keeps the audience', async () => {
    const { id } = await send('Inbox only', ['nodevice']);
    const [row] = (await listNotifications(admin, { limit: 10 })).notifications.filter((r) => r.id === id);
    expect(row).toMatchObject({
      recipients: 1,
      deliveries: { total: 0 },
      audience: { kind: 'users', users: ['nodevice'] },
    });
  });

  it('a delivery held by quiet hours carries the due time that explains it', async () => {
    const { id } = await send('Quiet', ['quiet1']);
    const [d] = (await getNotificationDetail(admin, { id }))!.log;
    const reason = explainHeldDelivery(d, { scheduledAt: null }, { now: new Date(), maxAttempts: 5 });
    expect(reason?.kind).toBe('quietHours');
    expect(reason?.at.toISOString().slice(11, 16)).toBe(hhmm(quietEnd));
  });

  it('lists notifications with failed deliveries, not cancelled ones, most recent failure first', async () => {
    const a = await send('Failed A', ['two']);
    const b = await send('Failed B', ['two']);
    const c = await send('Cancelled C', ['two']);
    const fail = (id: string, at: string) =>
      database().sql.query(
        `UPDATE "Delivery" SET status = 'failed', "lastAttemptAt" = $2::timestamptz WHERE "notificationId" = $1`,
        [id, at],
      );
    await fail(a.id, '2026-01-01T10:00:00Z');
    await fail(b.id, '2026-01-02T10:00:00Z');
    await fail(c.id, '2026-01-03T10:00:00Z');
    await database().sql.query(`UPDATE "Notification" SET "cancelledAt" = now() WHERE id = $1`, [c.id]);
    expect(await listFailedNotifications(admin, { limit: 5 })).toEqual([
      { id: b.id, title: 'Failed B', failed: 2, lastFailureAt: new Date('2026-01-02T10:00:00Z') },
      { id: a.id, title: 'Failed A', failed: 2, lastFailureAt: new Date('2026-01-01T10:00:00Z') },
    ]);
  });

  it('counts devices, the people they belong to, and their browsers', async () => {
    expect(await countDevices(admin)).toEqual({
      devices: 3,
      people: 2,
      byBrowser: [
        { browser: null, count: 2 },
        { browser: 'Firefox', count: 1 },
      ],
    });
  });

  it('refuses a principal that is not an administrator', async () => {
    const citizen = { ...admin, role: 'citizen' } as unknown as typeof admin;
    await expect(countDevices(citizen)).rejects.toThrow();
    await expect(listFailedNotifications(citizen, { limit: 1 })).rejects.toThrow();
  });
});
