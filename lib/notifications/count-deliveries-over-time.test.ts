import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { countDeliveriesOverTime } from './count-deliveries-over-time';
import { createNotification } from './create-notification';

describeEachDatabase('deliveries chart', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'u1', endpoints: ['https://push.test/1', 'https://push.test/2', 'https://push.test/3'] },
    ]);
    const { id } = await createNotification(
      {
        title: 'x',
        body: '',
        audience: { kind: 'users', users: ['u1'] },
        actions: [],
        urgency: 'normal',
        critical: false,
      },
      { source: 'ui' },
    );
    await database().sql.query(
      `UPDATE "Delivery" SET status = 'sent' WHERE "notificationId" = $1 AND "subscriptionId" = 'u1-d0'`,
      [id],
    );
    await database().sql.query(
      `UPDATE "Delivery" SET status = 'failed' WHERE "notificationId" = $1 AND "subscriptionId" = 'u1-d1'`,
      [id],
    );
  });

  it('puts this hour’s deliveries in the last of 24 hourly buckets, today’s in the last of 7 daily ones', async () => {
    const hours = await countDeliveriesOverTime(adminPrincipal(), { range: '24h' });
    expect(hours).toHaveLength(24);
    expect(hours.at(-1)).toMatchObject({ sent: 1, failed: 1, pending: 1 });
    expect(hours.slice(0, -1).every((b) => b.sent + b.failed + b.pending === 0)).toBe(true);
    const days = await countDeliveriesOverTime(adminPrincipal(), { range: '7d' });
    expect(days).toHaveLength(7);
    expect(days.at(-1)).toMatchObject({ sent: 1, failed: 1, pending: 1 });
  });
});
