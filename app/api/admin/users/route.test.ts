import { expect, it, vi } from 'vitest';

// Refused at validation, before any query: no database needed.
vi.mock('@/lib/auth/session', () => ({
  getCurrentUser: async () => ({ id: 'a1', role: 'admin', locale: 'fr', timeZone: 'Europe/Paris' }),
}));
const search = vi.hoisted(() => vi.fn());
vi.mock('@/lib/users/search-users', () => ({ searchUsers: search }));

const { GET } = await import('./route');

it('answers a search too long with our code, not zod’s English', async () => {
  const res = await GET(new Request(`http://localhost:3000/api/admin/users?q=${'x'.repeat(500)}`), {
    params: Promise.resolve({}),
  });
  expect(res.status).toBe(422);
  expect(await res.json()).toEqual({ error: 'invalid', fields: { q: 'too_long' } });
  expect(search).not.toHaveBeenCalled();
});
