import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { startFaultPushService, type FaultPushService } from '@/test/fault-push-service';
import { createPlainHttpSender } from '@/test/plain-http-sender';
import { adminPrincipal } from '@/test/principals';
import { createNotification } from '../notifications/create-notification';
import { createDispatcher } from '../push/dispatcher/create-dispatcher';
import { createReportSigner } from '../push/receipts/report-token';
import { listAllDevices } from './list-all-devices';
import { findStaleDevices } from './prune-stale-devices';
import { isSilentDevice } from './silent-devices';

const DAY = 86_400_000;
const admin = adminPrincipal();
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
// Only the silent rule can match: no device here is 365 days old or has failed 100 times.
const ONLY_SILENT = { days: 365, failures: 100 };

describeEachDatabase('silent devices: accepted pushes, none shown for PUSH_SILENT_DAYS (30)', (kind) => {
  const database = useTestDatabase(kind);
  let service: FaultPushService;
  beforeAll(async () => (service = await startFaultPushService()));
  afterAll(() => service.close());

  const set = (id: string, data: object) => database().prisma.pushSubscription.update({ where: { id }, data });
  const unshownSince = async (id: string) =>
    (await database().prisma.pushSubscription.findUniqueOrThrow({ where: { id } })).unshownSinceAt;
  beforeEach(async () => {
    await database().sql.exec(`DELETE FROM "Delivery"; DELETE FROM "PushSubscription"; DELETE FROM "User"`);
    await insertUsers(database().sql, [
      { id: 'u', endpoints: ['old', 'recent', 'shown', 'idle'].map((e) => `${service.url}/${e}/201`) },
    ]);
    await set('u-d0', { unshownSinceAt: daysAgo(31), lastShownAt: daysAgo(45) }); // accepted 31 days ago, not shown
    await set('u-d1', { unshownSinceAt: daysAgo(5) }); // accepted 5 days ago: may show when it is back online
    await set('u-d2', { lastShownAt: daysAgo(1), lastSuccessAt: daysAgo(1) }); // shown yesterday
    await set('u-d3', { lastSuccessAt: daysAgo(90), createdAt: daysAgo(400) }); // no push for 90 days: not asked
  });

  it('is marked in the devices list and counted by the prune preview, and nothing else is', async () => {
    const now = new Date();
    const { devices } = await listAllDevices(admin, { limit: 10 });
    expect(devices.filter((d) => isSilentDevice(d, 30, now)).map((d) => d.name)).toHaveLength(1);
    expect(devices.find((d) => isSilentDevice(d, 30, now))?.id).toBe('u-d0');
    expect((await findStaleDevices(admin, ONLY_SILENT)).map((d) => d.id)).toEqual(['u-d0']);
    // Day 29 is not silent yet; day 30 is.
    await set('u-d1', { unshownSinceAt: new Date(now.getTime() - 30 * DAY + 60_000) });
    expect((await findStaleDevices(admin, ONLY_SILENT, now)).map((d) => d.id)).toEqual(['u-d0']);
    await set('u-d1', { unshownSinceAt: new Date(now.getTime() - 30 * DAY) });
    expect((await findStaleDevices(admin, ONLY_SILENT, now)).map((d) => d.id).sort()).toEqual(['u-d0', 'u-d1']);
  });

  it('starts the clock at the first accepted push after the last report, and keeps it on later ones', async () => {
    const push = async () => {
      await createNotification(
        {
          title: 'T',
          body: '',
          audience: { kind: 'users', users: ['u'] },
          actions: [],
          urgency: 'normal',
          critical: false,
        },
        { source: 'api' },
      );
      const sender = createPlainHttpSender({ timeoutMs: 2000 });
      await createDispatcher({ sql: database().sql, sender, reportSigner: createReportSigner('s'.repeat(32)) }).drain();
    };
    const before = new Date();
    const running = await unshownSince('u-d0');
    await push();
    expect(await unshownSince('u-d0')).toEqual(running); // already running: kept
    const started = (await unshownSince('u-d2'))!;
    expect(started.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    await push();
    expect(await unshownSince('u-d2')).toEqual(started);
  });
});
