import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../principal/principal';
import { getUserPrincipal, requireAdmin, requireUser } from './require-principal';
import { getCurrentUser } from './session';

vi.mock('./session', () => ({ getCurrentUser: vi.fn() }));
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  }),
);
vi.mock('next/navigation', () => ({ redirect }));

const citizen: SessionUser = {
  id: 'u1',
  email: 'c@example.org',
  name: 'Claire',
  role: 'citizen',
  locale: null,
  timeZone: 'Europe/Paris',
};
const signedInAs = (user: SessionUser | null) => vi.mocked(getCurrentUser).mockResolvedValue(user);

beforeEach(() => {
  redirect.mockClear();
});

describe('require-principal', () => {
  it('requireUser redirects anonymous visitors to sign-in, keeping where they were going', async () => {
    signedInAs(null);
    await expect(requireUser({ callbackUrl: '/inbox' })).rejects.toThrow('NEXT_REDIRECT /signin?callbackUrl=%2Finbox');
  });

  it('requireAdmin sends citizens to /forbidden and anonymous visitors to sign-in', async () => {
    signedInAs(citizen);
    await expect(requireAdmin()).rejects.toThrow('NEXT_REDIRECT /forbidden');
    signedInAs(null);
    await expect(requireAdmin()).rejects.toThrow('NEXT_REDIRECT /signin');
  });

  it('hands out a frozen copy of the checked user', async () => {
    signedInAs({ ...citizen, role: 'admin' });
    const p = await requireAdmin();
    expect(p).toMatchObject({ id: 'u1', role: 'admin' });
    expect(Object.isFrozen(p)).toBe(true);
    expect(await getUserPrincipal()).toMatchObject({ id: 'u1' });
  });
});
