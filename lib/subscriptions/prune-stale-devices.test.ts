import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { adminPrincipal } from '@/test/principals';
import { findStaleDevices, pruneStaleDevices } from './prune-stale-devices';

const DAY = 86_400_000;

describeEachDatabase('prune stale devices', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      {
        id: 'u1',
        endpoints: [
          'https://push.test/fresh',
          'https://push.test/old',
          'https://push.test/never',
          'https://push.test/failing',
          'https://push.test/new',
          'https://push.test/unseen',
        ],
      },
    ]);
    const set = (id: string, data: object) => database().prisma.pushSubscription.update({ where: { id }, data });
    await set('u1-d0', { lastSuccessAt: new Date(Date.now() - 2 * DAY), createdAt: new Date(Date.now() - 90 * DAY) });
    await set('u1-d1', { lastSuccessAt: new Date(Date.now() - 31 * DAY) });
    await set('u1-d2', { createdAt: new Date(Date.now() - 40 * DAY) }); // Safari-like: never a success, never a 410
    await set('u1-d3', { failureCount: 5, lastSuccessAt: new Date() });
    // Delivered yesterday, but nobody opened the portal on it for 60 days: asked "are you still there?".
    await set('u1-d5', {
      lastSuccessAt: new Date(Date.now() - DAY),
      lastSeenAt: new Date(Date.now() - 61 * DAY),
      staleNoticeAt: new Date(),
    });
  });

  it('previews old, never-successful, failing, unseen (awaiting expiry) devices; removes the still stale', async () => {
    const c = { days: 30, failures: 5 };
    const preview = await findStaleDevices(adminPrincipal(), c);
    expect(preview.map((d) => d.id).sort()).toEqual(['u1-d1', 'u1-d2', 'u1-d3', 'u1-d5']);
    expect(preview.find((d) => d.id === 'u1-d5')?.staleNoticeAt).toBeInstanceOf(Date);
    // One succeeded between the preview and the confirmation: it stays.
    await database().prisma.pushSubscription.update({ where: { id: 'u1-d3' }, data: { failureCount: 0 } });
    expect(await pruneStaleDevices(adminPrincipal(), { ...c, ids: [...preview.map((d) => d.id), 'u1-d0'] })).toBe(3);
    expect(
      (await database().prisma.pushSubscription.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(
        (d) => d.id,
      ),
    ).toEqual(['u1-d0', 'u1-d3', 'u1-d4']);
  });
});
