import { expect, it, vi } from 'vitest';

// Refused at validation, before any request-bound work (quota, hashing, database).
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => null }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => undefined }),
  headers: async () => new Headers(),
}));

const { signUp } = await import('./sign-up');
const { resetPassword } = await import('./reset-password');

const password = 'a long enough passphrase';

it('names a wrong type and a missing field in sign-up with our codes, not zod’s English', async () => {
  expect(await signUp({ name: ['Claire'], email: 'c@example.org', password })).toEqual({
    ok: false,
    error: 'invalid',
    fields: { name: 'invalid_type' },
  });
  expect(await signUp({ email: 'c@example.org', password })).toEqual({
    ok: false,
    error: 'invalid',
    fields: { name: 'required' },
  });
  // Our own code is kept as the schema wrote it.
  expect(await signUp({ name: '', email: 'c@example.org', password })).toMatchObject({
    fields: { name: 'name_required' },
  });
});

it('does the same in reset-password', async () => {
  expect(await resetPassword({ token: 'x'.repeat(43), password: [password] })).toEqual({
    ok: false,
    error: 'invalid',
    fields: { password: 'invalid_type' },
  });
  expect(await resetPassword({ token: 'x'.repeat(43) })).toMatchObject({ fields: { password: 'required' } });
});
