import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { insertUsers, useTestDatabase } from '../../test/delivery-fixtures';

// Read once by getEnv(): a small budget keeps the test short.
process.env.INBOX_ACTIONS_PER_MINUTE = '5';
vi.mock('../auth/session', () => ({ getCurrentUser: vi.fn() }));
const { getCurrentUser } = await import('../auth/session');
const { inboxChangeRoute } = await import('./inbox-change-route');

describeEachDatabase('inbox actions limit', (kind) => {
  const database = useTestDatabase(kind);
  beforeAll(() => insertUsers(database().sql, [{ id: 'ana' }, { id: 'bob' }]));
  const as = (id: string) =>
    vi.mocked(getCurrentUser).mockResolvedValue({
      id,
      email: `${id}@test.crieur`,
      name: id,
      role: 'citizen',
      locale: null,
      timeZone: 'Europe/Paris',
    });
  const read = (n: string) =>
    inboxChangeRoute('read')(new Request(`http://localhost:3000/api/notifications/${n}/read`, { method: 'POST' }), {
      params: Promise.resolve({ id: n }),
    });

  it('allows INBOX_ACTIONS_PER_MINUTE actions a minute per person, then 429 with Retry-After', async () => {
    as('ana');
    for (let i = 0; i < 5; i++) expect((await read(`n${i}`)).status).toBe(404); // unknown notifications, still counted
    const refused = await read('n5');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    as('bob');
    expect((await read('n0')).status).toBe(404);
  });
});
