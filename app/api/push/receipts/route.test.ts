import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { request } from '@/test/api/push-api-harness';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { startFaultPushService, type FaultPushService } from '@/test/fault-push-service';
import { createPlainHttpSender } from '@/test/plain-http-sender';
import { getEnv } from '@/lib/env';
import { createNotification } from '@/lib/notifications/create-notification';
import { createDispatcher } from '@/lib/push/dispatcher/create-dispatcher';
import { reportSignerFromEnv } from '@/lib/push/receipts/report-token';
import { notificationInputSchema } from '@/lib/validation/notification';
import { POST } from './route';

type Receipt = { deliveryId: string; reportToken: string };
const report = (r: Receipt, event = 'shown', token = r.reportToken) =>
  POST(request('POST', '/api/push/receipts', { body: { deliveryId: r.deliveryId, token, event }, origin: null }));

// The whole path: the dispatcher pushes a receipt in each payload, the device's worker posts it back.
describeEachDatabase('POST /api/push/receipts', (kind) => {
  const database = useTestDatabase(kind);
  let service: FaultPushService;
  beforeAll(async () => (service = await startFaultPushService()));
  afterAll(() => service.close());

  let receipts: Receipt[];
  beforeEach(async () => {
    service.received.length = 0;
    await database().sql.exec(
      `DELETE FROM "RateLimit"; DELETE FROM "Delivery"; DELETE FROM "Notification"; DELETE FROM "PushSubscription";
       DELETE FROM "User"`,
    );
    await insertUsers(database().sql, [
      { id: 'ana', endpoints: [`${service.url}/ana-1/201`, `${service.url}/ana-2/201`] },
      { id: 'ben', endpoints: [`${service.url}/ben-1/201`] },
    ]);
    const input = notificationInputSchema.parse({
      title: 'Works',
      body: 'Closed',
      audience: { kind: 'users', users: ['ana', 'ben'] },
    });
    await createNotification(input, { source: 'api' });
    const dispatcher = createDispatcher({
      sql: database().sql,
      sender: createPlainHttpSender({ timeoutMs: 2000 }),
      reportSigner: reportSignerFromEnv(getEnv()),
    });
    await dispatcher.drain();
    receipts = service.received
      .map((p) => JSON.parse(p.body) as Receipt)
      .sort((a, b) => Number(a.deliveryId) - Number(b.deliveryId));
  });

  const delivery = (id: string) =>
    database().prisma.delivery.findUniqueOrThrow({
      where: { id: BigInt(id) },
      select: { shownAt: true, openedAt: true, subscription: { select: { lastShownAt: true, unshownSinceAt: true } } },
    });

  it('records the first “shown” of a pushed delivery, and clears its device’s unshown clock', async () => {
    expect(receipts).toHaveLength(3);
    const [r] = receipts;
    const before = await delivery(r.deliveryId);
    expect(before).toMatchObject({ shownAt: null, subscription: { lastShownAt: null } });
    expect(before.subscription!.unshownSinceAt).toBeInstanceOf(Date);

    expect((await report(r)).status).toBe(204);
    const after = await delivery(r.deliveryId);
    expect(after.shownAt).toBeInstanceOf(Date);
    expect(after.openedAt).toBeNull();
    expect(after.subscription).toMatchObject({ lastShownAt: expect.any(Date), unshownSinceAt: null });
    // The other deliveries are untouched.
    expect((await delivery(receipts[1].deliveryId)).shownAt).toBeNull();
  });

  it('keeps the first report of each kind (duplicates change nothing); an open also counts as shown', async () => {
    const [r] = receipts;
    expect((await report(r, 'opened')).status).toBe(204);
    const first = await delivery(r.deliveryId);
    expect(first.shownAt).toBeInstanceOf(Date);
    expect(first.openedAt).toBeInstanceOf(Date);
    await new Promise((done) => setTimeout(done, 15));
    expect((await report(r, 'opened')).status).toBe(204);
    expect((await report(r, 'shown')).status).toBe(204);
    const again = await delivery(r.deliveryId);
    expect(again.shownAt).toEqual(first.shownAt);
    expect(again.openedAt).toEqual(first.openedAt);
  });

  it('refuses another delivery’s token, a made-up token and a deleted delivery with the same answer', async () => {
    const [a, b] = receipts;
    const foreign = await report({ deliveryId: b.deliveryId, reportToken: a.reportToken });
    const madeUp = await report(a, 'shown', 'A'.repeat(22));
    await database().sql.exec(`DELETE FROM "Delivery" WHERE id = ${Number(a.deliveryId)}`);
    const unknown = await report(a);
    const answers = await Promise.all([foreign, madeUp, unknown].map(async (r) => [r.status, await r.json()]));
    expect(answers).toEqual(Array(3).fill([422, { error: 'invalid_token' }]));
    expect((await delivery(b.deliveryId)).shownAt).toBeNull();
  });

  it('refuses bodies of the wrong shape before looking anything up', async () => {
    const [r] = receipts;
    const bodies = [
      { deliveryId: r.deliveryId, token: r.reportToken, event: 'clicked' },
      { deliveryId: Number(r.deliveryId), token: r.reportToken, event: 'shown' },
      { deliveryId: `0${r.deliveryId}`, token: r.reportToken, event: 'shown' },
      { deliveryId: r.deliveryId, token: `${r.reportToken}x`, event: 'shown' },
    ];
    for (const body of bodies) {
      expect((await POST(request('POST', '/x', { body }))).status).toBe(422);
    }
    expect((await delivery(r.deliveryId)).shownAt).toBeNull();
  });
});
