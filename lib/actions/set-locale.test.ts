import { beforeEach, describe, expect, it, vi } from 'vitest';

// The language switcher is open to everyone but acts on an account only through the checked principal of the caller.
const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'admin' | 'citizen' } }));
const jar = vi.hoisted(() => ({ set: vi.fn() }));
const updateUserLocale = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/headers', () => ({ cookies: async () => jar }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/users/update-user-locale', () => ({ updateUserLocale }));

const { setLocale } = await import('./set-locale');
const form = (locale: string) => {
  const f = new FormData();
  f.set('locale', locale);
  return f;
};

describe('setLocale', () => {
  beforeEach(() => {
    jar.set.mockClear();
    updateUserLocale.mockClear();
  });

  it('sets only the cookie for an anonymous visitor', async () => {
    session.user = null;
    expect(await setLocale(form('fr'))).toEqual({ ok: true, data: undefined });
    expect(jar.set).toHaveBeenCalledWith('crieur-locale', 'fr', expect.objectContaining({ path: '/' }));
    expect(updateUserLocale).not.toHaveBeenCalled();
  });

  it('stores the choice on the signed-in caller’s own account, whatever else the form carries', async () => {
    session.user = { id: 'c1', role: 'citizen' };
    const f = form('fr');
    f.set('userId', 'someone-else');
    await setLocale(f);
    expect(updateUserLocale).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), { locale: 'fr' });
  });

  it('refuses a language it does not know, changing nothing', async () => {
    session.user = { id: 'c1', role: 'citizen' };
    expect(await setLocale(form('xx'))).toMatchObject({ ok: false, error: 'invalid' });
    expect(jar.set).not.toHaveBeenCalled();
    expect(updateUserLocale).not.toHaveBeenCalled();
  });
});
