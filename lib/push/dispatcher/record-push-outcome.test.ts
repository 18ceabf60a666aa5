import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { createNotification } from '../../notifications/create-notification';
import { claimDeliveries } from './delivery-store';
import { recordResults } from './record-results';
import type { Outcome } from './outcome';
import { notificationInputSchema } from '../../validation/notification';
import { recordPushOutcome } from './record-push-outcome';

// The outcome rules exist once (outcome.ts deviceEffectOf); the outbox applies them to a batch in SQL and test pushes
// one by one through Prisma. For every outcome, both must leave a device in the same state.

const later = new Date(Date.now() + 3_600_000);
const CASES: Array<[string, Outcome, boolean]> = [
  ['sent', { status: 'sent', code: 201 }, true],
  ['gone', { status: 'gone', code: 410 }, true],
  ['failed', { status: 'failed', code: 400, error: 'HTTP 400' }, true],
  ['retry', { status: 'retry', error: 'network: http_timeout', dueAt: later }, true],
  ['expired after a request', { status: 'expired', code: 500, error: 'expired before a retry: HTTP 500' }, true],
  ['failed without a request', { status: 'failed', error: 'gave up: claimed 4 times' }, false],
  ['cancelled', { status: 'cancelled' }, false],
];

const DIRECT = { id: 'direct-d0', endpoint: 'https://push.test/direct' };

describeEachDatabase('a push outcome, through the outbox or a test push', (kind) => {
  const database = useTestDatabase(kind);

  beforeEach(async () => {
    await database().sql.exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
    await insertUsers(database().sql, [
      { id: 'outbox', endpoints: ['https://push.test/outbox'] },
      { id: 'direct', endpoints: ['https://push.test/direct'] },
    ]);
    await database().sql.exec(`UPDATE "PushSubscription" SET "failureCount" = 2`);
  });

  async function device(id: string) {
    const row = await database().prisma.pushSubscription.findUnique({ where: { id } });
    return row && { failureCount: row.failureCount, succeeded: row.lastSuccessAt !== null };
  }

  it.each(CASES)('%s: the same effect on the device', async (_, outcome, attempted) => {
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users: ['outbox'] } });
    await createNotification(input, { source: 'api' });
    const [claimed] = await claimDeliveries(database().sql, 10, 60_000);
    const result = { id: claimed.id, claims: claimed.claims, outcome, attempted, endpoint: claimed.endpoint };
    expect(await recordResults(database().sql, [result])).toBe(1);
    await recordPushOutcome(DIRECT, outcome, attempted);
    expect(await device('direct-d0')).toEqual(await device('outbox-d0'));
  });

  it('changes the device at all (the comparison above is not between two untouched rows)', async () => {
    await recordPushOutcome(DIRECT, { status: 'sent', code: 201 });
    expect(await device('direct-d0')).toEqual({ failureCount: 0, succeeded: true });
    await recordPushOutcome(DIRECT, { status: 'failed', code: 400, error: 'HTTP 400' });
    expect(await device('direct-d0')).toEqual({ failureCount: 1, succeeded: true });
    await recordPushOutcome(DIRECT, { status: 'gone', code: 404 });
    expect(await device('direct-d0')).toBeNull();
  });

  it('a test push answered by an endpoint the device has replaced since leaves the device alone', async () => {
    await database().sql.exec(
      `UPDATE "PushSubscription" SET endpoint = 'https://push.test/direct-new' WHERE id = 'direct-d0'`,
    );
    await recordPushOutcome(DIRECT, { status: 'gone', code: 410 });
    await recordPushOutcome(DIRECT, { status: 'failed', code: 400, error: 'HTTP 400' });
    expect(await device('direct-d0')).toEqual({ failureCount: 2, succeeded: false });
  });
});
