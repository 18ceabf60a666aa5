import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { claimDeliveries, type ClaimedDelivery } from '../push/dispatcher/delivery-store';
import type { Outcome } from '../push/dispatcher/outcome';
import { recordResults } from '../push/dispatcher/record-results';
import { notificationInputSchema } from '../validation/notification';
import { createNotification } from './create-notification';
import { retryFailedDeliveries } from './retry-failed-deliveries';

// "Retry failed" gives a failed delivery a fresh round, but must not number its claims again from 0: the claim count
// is the token that tells a live claim's answer from a stale worker's late one.

const admin = adminPrincipal({ id: 'admin1' });
const leaseRunsOut = () => new Promise((r) => setTimeout(r, 10));

describeEachDatabase('retrying failed deliveries', (kind) => {
  const database = useTestDatabase(kind);
  const sql = () => database().sql;

  beforeEach(async () => {
    await sql().exec(`DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription";
                      DELETE FROM "User";`);
    await insertUsers(sql(), [
      { id: 'admin1', role: 'admin' },
      { id: 'u1', endpoints: ['https://push.test/u1'] },
    ]);
  });

  const answer = (c: ClaimedDelivery, outcome: Outcome) =>
    recordResults(sql(), [{ id: c.id, claims: c.claims, outcome, attempted: true, endpoint: c.endpoint }]);

  it("keeps the fencing token: a stale worker's late answer does not land on the claim after the retry", async () => {
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users: ['u1'] } });
    const { id } = await createNotification(input, { source: 'api' });
    const [stale] = await claimDeliveries(sql(), 10, 1); // worker A claims, then stalls past its 1 ms lease
    await leaseRunsOut();
    const [second] = await claimDeliveries(sql(), 10, 60_000); // worker B takes the row over…
    await answer(second, { status: 'failed', code: 400, error: 'HTTP 400' }); // …and it fails
    expect(await retryFailedDeliveries(admin, { notificationId: id })).toBe(1);
    const [live] = await claimDeliveries(sql(), 10, 60_000); // worker C claims the retried row

    expect(live.claims).toBeGreaterThan(second.claims);
    expect(await answer(stale, { status: 'failed', code: 400, error: 'stale answer' })).toBe(0);
    expect(await answer(live, { status: 'sent', code: 201 })).toBe(1);
    const [row] = await sql().query<{ status: string }>(`SELECT status FROM "Delivery"`);
    expect(row.status).toBe('sent');
  });

  it('excuses the claims made so far from the stuck-row guard, as it resets the attempts', async () => {
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'users', users: ['u1'] } });
    const { id } = await createNotification(input, { source: 'api' });
    for (let i = 0; i < 5; i++) {
      await claimDeliveries(sql(), 10, 1); // a worker that stops mid-send
      await leaseRunsOut();
    }
    await sql().exec(`UPDATE "Delivery" SET status = 'failed'`);
    expect((await sql().query(`SELECT claims FROM "Delivery"`))[0]).toEqual({ claims: 5 });
    await retryFailedDeliveries(admin, { notificationId: id });
    const [live] = await claimDeliveries(sql(), 10, 60_000);
    // What claimed-messages.ts's guard counts: only this claim is without an answer.
    expect(live.claims - live.excusedClaims - live.attempts).toBe(1);
  });
});
