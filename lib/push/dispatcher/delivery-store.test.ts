import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { insertUsers, useTestDatabase } from '../../../test/delivery-fixtures';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { claimDeliveries, releaseDeliveries } from './delivery-store';
import { recordResults } from './record-results';

// A claim's number is the fencing token of its outcome write: giving a claim back must not lower it, or the next
// claim would carry the number of one whose answer may still come.

describeEachDatabase('claiming and giving back deliveries', (kind) => {
  const database = useTestDatabase(kind);
  const sql = () => database().sql;

  beforeEach(async () => {
    await sql().exec(
      `DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription"; DELETE FROM "User";`,
    );
    await insertUsers(sql(), [{ id: 'u1', endpoints: ['https://push.test/u1'] }]);
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users: ['u1'] } });
    await createNotification(input, { source: 'api' });
  });

  it('a released claim is excused from the stuck-row guard, and the next claim takes a new number', async () => {
    const [released] = await claimDeliveries(sql(), 10, 60_000);
    await releaseDeliveries(sql(), [released]);
    const [next] = await claimDeliveries(sql(), 10, 60_000);
    expect(next).toMatchObject({ claims: released.claims + 1, excusedClaims: released.excusedClaims + 1 });
    // What claimed-messages.ts's guard counts: only the claim in hand is without an answer.
    expect(next.claims - next.excusedClaims - next.attempts).toBe(1);
    // Whatever is still written under the released claim's number does not land on this one.
    const late = { id: released.id, claims: released.claims, endpoint: released.endpoint, attempted: true };
    expect(await recordResults(sql(), [{ ...late, outcome: { status: 'sent', code: 201 } }])).toBe(0);
  });
});
