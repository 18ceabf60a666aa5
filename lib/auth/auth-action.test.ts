import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DomainError, InvalidInputError } from '../errors/domain-error';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { adminAction, authAction, publicAction, visitorAction } from './auth-action';
import type { SessionUser } from '../principal/principal';
import { getCurrentUser } from './session';

vi.mock('./session', () => ({ getCurrentUser: vi.fn() }));

const citizen: SessionUser = {
  id: 'u1',
  email: 'c@example.org',
  name: 'Claire',
  role: 'citizen',
  locale: null,
  timeZone: 'Europe/Paris',
};
const admin: SessionUser = { ...citizen, id: 'u2', role: 'admin' };
const signedInAs = (user: SessionUser | null) => vi.mocked(getCurrentUser).mockResolvedValue(user);

const topic = z.object({
  name: z.string().trim().min(1, 'name_required'),
  slug: z.string().regex(/^[a-z-]+$/, 'slug_invalid'),
});
const body = vi.fn(async (input: z.infer<typeof topic>, ctx?: { user: SessionUser }) => ({
  ...input,
  by: ctx?.user.id,
}));

beforeEach(() => {
  body.mockClear();
  vi.mocked(getCurrentUser).mockReset();
});

describe('authAction', () => {
  const action = authAction(topic, body);

  it('refuses an anonymous caller before validating or running anything', async () => {
    signedInAs(null);
    expect(await action({ name: 'Roadworks', slug: 'roadworks' })).toEqual({ ok: false, error: 'unauthenticated' });
    expect(body).not.toHaveBeenCalled();
  });

  it('returns invalid with a message per field, without running the body', async () => {
    signedInAs(citizen);
    expect(await action({ name: '  ', slug: 'Road Works' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { name: 'name_required', slug: 'slug_invalid' },
    });
    expect(body).not.toHaveBeenCalled();
  });

  it('runs the body with the parsed input and the user', async () => {
    signedInAs(citizen);
    expect(await action({ name: ' Roadworks ', slug: 'roadworks' })).toEqual({
      ok: true,
      data: { name: 'Roadworks', slug: 'roadworks', by: 'u1' },
    });
  });

  it('accepts FormData as a <form action> sends it', async () => {
    signedInAs(citizen);
    const form = new FormData();
    form.set('name', 'Waste');
    form.set('slug', 'waste');
    expect(await action(form)).toEqual({ ok: true, data: { name: 'Waste', slug: 'waste', by: 'u1' } });
  });

  it('turns a domain error into an expected failure with its fields', async () => {
    signedInAs(citizen);
    const taken = authAction(topic, async () => {
      throw new InvalidInputError('slug', 'slug_taken');
    });
    expect(await taken({ name: 'Waste', slug: 'waste' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { slug: 'slug_taken' },
    });
    const last = authAction(topic, async () => {
      throw new DomainError('last_admin', { message: 'for the log only' });
    });
    expect(await last({ name: 'Waste', slug: 'waste' })).toEqual({ ok: false, error: 'last_admin' });
  });

  it('turns a rate limit into rate_limited with the seconds to wait', async () => {
    signedInAs(citizen);
    const limited = authAction(topic, async () => {
      throw new RateLimitedError(42);
    });
    expect(await limited({ name: 'Waste', slug: 'waste' })).toEqual({
      ok: false,
      error: 'rate_limited',
      retryAfter: 42,
    });
  });

  it('lets unexpected errors through (Next shows its error page and logs them)', async () => {
    signedInAs(citizen);
    const broken = authAction(topic, async () => {
      throw new Error('database down');
    });
    await expect(broken({ name: 'Waste', slug: 'waste' })).rejects.toThrow('database down');
  });
});

describe('adminAction', () => {
  const action = adminAction(topic, body);

  it('refuses anonymous callers and citizens', async () => {
    signedInAs(null);
    expect(await action({ name: 'Roadworks', slug: 'roadworks' })).toEqual({ ok: false, error: 'unauthenticated' });
    signedInAs(citizen);
    expect(await action({ name: 'Roadworks', slug: 'roadworks' })).toEqual({ ok: false, error: 'forbidden' });
    expect(body).not.toHaveBeenCalled();
  });

  it('checks the role before the input, so a citizen learns nothing about the form', async () => {
    signedInAs(citizen);
    expect(await action({ name: '' })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('runs for an admin', async () => {
    signedInAs(admin);
    expect(await action({ name: 'Roadworks', slug: 'roadworks' })).toEqual({
      ok: true,
      data: { name: 'Roadworks', slug: 'roadworks', by: 'u2' },
    });
  });
});

describe('publicAction', () => {
  it('runs without a session and never looks one up', async () => {
    const action = publicAction(topic, body);
    expect(await action({ name: 'Events', slug: 'events' })).toEqual({
      ok: true,
      data: { name: 'Events', slug: 'events', by: undefined },
    });
    expect(getCurrentUser).not.toHaveBeenCalled();
  });

  it('still validates', async () => {
    const action = publicAction(topic, body);
    expect(await action(null)).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('visitorAction', () => {
  const seen = vi.fn(async (_input: unknown, ctx: { user: { id: string } | null }) => ctx.user?.id ?? null);
  const action = visitorAction(topic, seen);

  it('runs for an anonymous visitor with no principal', async () => {
    signedInAs(null);
    expect(await action({ name: 'Events', slug: 'events' })).toEqual({ ok: true, data: null });
  });

  it('hands a signed-in caller’s checked principal to the body', async () => {
    signedInAs(citizen);
    expect(await action({ name: 'Events', slug: 'events' })).toEqual({ ok: true, data: 'u1' });
    expect(Object.isFrozen(seen.mock.calls.at(-1)?.[1].user)).toBe(true);
  });
});
