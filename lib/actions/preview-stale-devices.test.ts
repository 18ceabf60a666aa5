import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';

// The session is the only part of a server action that needs a request; its saved language is the reader's.
const session = vi.hoisted(() => ({ user: { id: 'admin1', role: 'admin' as const, locale: 'fr' } }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { previewStaleDevices } = await import('./preview-stale-devices');

const ANDROID_FIREFOX = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';

describeEachDatabase('previewStaleDevices for a French admin', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(async () => {
    await insertUsers(database().sql, [
      { id: 'admin1', role: 'admin', locale: 'fr' },
      { id: 'cit1', endpoints: ['https://push.test/a', 'https://push.test/b', 'https://push.test/c'] },
    ]);
    const set = (id: string, data: object) => database().prisma.pushSubscription.update({ where: { id }, data });
    await set('cit1-d0', { name: 'Firefox on Android', userAgent: ANDROID_FIREFOX, failureCount: 9 });
    await set('cit1-d1', { name: 'Unknown device', userAgent: null, failureCount: 9 });
    await set('cit1-d2', { name: 'Grandma’s phone', userAgent: ANDROID_FIREFOX, failureCount: 9 });
  });

  it('names built devices in French and typed names as typed', async () => {
    const r = await previewStaleDevices({ days: '30', failures: '5' });
    expect(r.ok && Object.fromEntries(r.data.map((d) => [d.id, d.name]))).toEqual({
      'cit1-d0': 'Firefox sur Android',
      'cit1-d1': 'Appareil inconnu',
      'cit1-d2': 'Grandma’s phone',
    });
  });
});
