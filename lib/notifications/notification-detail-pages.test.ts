import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { countHeldDeliveries } from './count-held-deliveries';
import { createNotification } from './create-notification';
import { explainHeldDelivery, summarizeHeldDeliveries } from './explain-delivery';
import { DELIVERY_LOG_PAGE, getNotificationDetail } from './get-notification-detail';

const admin = adminPrincipal({ id: 'admin1' });
const PEOPLE = Array.from({ length: 12 }, (_, i) => `h${i}`);
const HOUR = 3_600_000;

describeEachDatabase('a notification’s detail: figures over every delivery, the log a page at a time', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin' },
      ...PEOPLE.map((id) => ({ id, endpoints: [`https://push.test/${id}`] })),
    ]);
  });

  it('groups scheduled, quiet-hours and retry waits as the row-by-row rule does, with earliest times', async () => {
    const scheduledAt = new Date(Date.now() + 2 * HOUR);
    const { id } = await createNotification(
      {
        title: 'Later',
        body: '',
        audience: { kind: 'users', users: PEOPLE },
        actions: [],
        urgency: 'normal',
        critical: false,
        scheduledAt,
      },
      { source: 'ui', createdById: 'admin1' },
    );
    const set = (sqlSet: string, devices: string[], params: unknown[] = []) =>
      database().sql.query(
        `UPDATE "Delivery" SET ${sqlSet} WHERE "notificationId" = $1 AND "subscriptionId" = ANY($2::text[])`,
        [id, devices.map((p) => `${p}-d0`), ...params],
      );
    // 3 retries (one due sooner, attempted more), 4 held past the schedule by quiet hours, 2 out, 3 on schedule.
    await set(`attempts = 2, "dueAt" = now() + interval '5 minutes'`, ['h0', 'h1']);
    await set(`attempts = 3, "dueAt" = now() + interval '3 minutes'`, ['h2']);
    await set(`"dueAt" = $3::timestamptz + interval '7 hours'`, ['h3', 'h4'], [scheduledAt]);
    await set(`"dueAt" = $3::timestamptz + interval '5 hours'`, ['h5', 'h6'], [scheduledAt]);
    await set(`status = 'sent', "sentAt" = now()`, ['h7', 'h8']);

    const opts = { now: new Date(), maxAttempts: 5 };
    const groups = await countHeldDeliveries(admin, { id, scheduledAt }, opts);
    expect(groups.map((g) => [g.reason.kind, g.count])).toEqual([
      ['retry', 3],
      ['scheduled', 3],
      ['quietHours', 4],
    ]);
    expect(groups[0].reason).toMatchObject({ attempt: 4, maxAttempts: 5 });
    expect(groups[2].reason.at).toEqual(new Date(scheduledAt.getTime() + 5 * HOUR));

    // The same as explaining each row (what the page did with the rows it showed).
    const rows = await database().sql.query<{ status: 'pending'; attempts: number; dueAt: Date }>(
      `SELECT status, attempts, "dueAt" FROM "Delivery" WHERE "notificationId" = $1`,
      [id],
    );
    const oneByOne = summarizeHeldDeliveries(
      rows.map((d) => ({
        reason: explainHeldDelivery({ ...d, dueAt: new Date(d.dueAt) }, { scheduledAt }, opts),
        count: 1,
      })),
    );
    expect(groups).toEqual(oneByOne);
  });

  // More deliveries than a page of the log shows: the figures are the notification's, the log a page at a time.
  it('pages the delivery log, narrows it to a status, and summarizes the holds of every page', async () => {
    const many = DELIVERY_LOG_PAGE * 2 + 30;
    await database().sql.query(
      `INSERT INTO "User" (id, email, name) SELECT 'm' || i, 'm' || i || '@test.crieur', 'm' || i
         FROM generate_series(1, $1::int) i`,
      [many],
    );
    await database().sql.query(
      `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name)
       SELECT 'm' || i || '-d0', 'm' || i, 'https://push.test/m' || i, p256dh, auth, 'device'
         FROM generate_series(1, $1::int) i, (SELECT p256dh, auth FROM "PushSubscription" LIMIT 1) k`,
      [many],
    );
    const scheduledAt = new Date(Date.now() + HOUR);
    const users = Array.from({ length: many }, (_, i) => `m${i + 1}`);
    const { id } = await createNotification(
      {
        title: 'Many',
        body: '',
        audience: { kind: 'users', users },
        actions: [],
        urgency: 'normal',
        critical: false,
        scheduledAt,
      },
      { source: 'ui', createdById: 'admin1' },
    );
    await database().sql.query(
      `UPDATE "Delivery" SET status = 'failed' WHERE "notificationId" = $1 AND id IN
         (SELECT id FROM "Delivery" WHERE "notificationId" = $1 ORDER BY id DESC LIMIT 7)`,
      [id],
    );
    const page = async (log: { status?: 'failed' | 'pending'; page: number }) =>
      (await getNotificationDetail(admin, { id, log }))!;

    const first = await page({ page: 1 });
    expect(first.log).toHaveLength(DELIVERY_LOG_PAGE);
    expect(first.counts).toMatchObject({ total: many, pending: many - 7, failed: 7 });
    const ids = (await Promise.all([1, 2, 3].map((p) => page({ page: p })))).flatMap((d) => d.log.map((r) => r.id));
    expect(ids).toHaveLength(many);
    expect(new Set(ids).size).toBe(many);
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => a - b));
    expect((await page({ page: 4 })).log).toEqual([]);
    const failed = await page({ status: 'failed', page: 1 });
    expect(failed.log.map((r) => r.status)).toEqual(Array(7).fill('failed'));

    // Every waiting delivery is counted, not the hundred the first page shows.
    const held = await countHeldDeliveries(admin, { id, scheduledAt }, { now: new Date(), maxAttempts: 5 });
    expect(held.map((g) => [g.reason.kind, g.count])).toEqual([['scheduled', many - 7]]);
  });
});
