import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import account from '../../messages/account';
import adminShared from '../../messages/admin/shared';
import auth from '../../messages/auth';
import push from '../../messages/push';
import { zodFieldErrors } from './json-error';

const schema = z.object({
  name: z.string().max(5),
  code: z.string().min(3),
  count: z.number().max(3),
  floor: z.int().min(2),
  kind: z.enum(['a', 'b']),
  email: z.email(),
  tags: z.array(z.string()).max(1),
  own: z.string().min(1, { message: 'name_required' }),
  checked: z.string().refine((v) => v !== 'refused'),
});
const good = {
  name: 'ok',
  code: 'abc',
  count: 1,
  floor: 2,
  kind: 'a',
  email: 'a@b.org',
  tags: [],
  own: 'x',
  checked: 'x',
};
const fieldsFor = (input: Record<string, unknown>) => {
  const r = schema.safeParse(input);
  return r.success ? {} : zodFieldErrors(r.error.issues, input);
};

describe('zodFieldErrors', () => {
  it('answers a code for each of zod’s own issues, never its English', () => {
    expect(
      fieldsFor({
        ...good,
        name: 'x'.repeat(500),
        code: 'x',
        count: 9,
        floor: 1,
        kind: 'z',
        email: 'nope',
        tags: ['a', 'b'],
        checked: 'refused',
      }),
    ).toEqual({
      name: 'too_long',
      code: 'too_short',
      count: 'too_big',
      floor: 'too_small',
      kind: 'invalid',
      email: 'invalid',
      tags: 'too_long',
      checked: 'invalid',
    });
  });

  it('tells a missing field from one of the wrong type', () => {
    const { name: _, ...withoutName } = good;
    expect(fieldsFor({ ...withoutName, code: ['abc'], count: '1' })).toEqual({
      name: 'required',
      code: 'invalid_type',
      count: 'invalid_type',
    });
    // Nested: a missing key inside an object that is there.
    const nested = z.object({ audience: z.object({ users: z.array(z.string()) }) });
    const input = { audience: {} };
    expect(zodFieldErrors(nested.safeParse(input).error!.issues, input)).toEqual({ 'audience.users': 'required' });
    // Without the input (a handler's schema.parse()), a type error stays a type error.
    expect(zodFieldErrors(nested.safeParse(input).error!.issues)).toEqual({ 'audience.users': 'invalid_type' });
  });

  it('keeps our own codes as the schema wrote them', () => {
    expect(fieldsFor({ ...good, own: '' })).toEqual({ own: 'name_required' });
  });

  it('answers only codes every form that shows field codes can say, in English and French', () => {
    const codes = ['required', 'invalid_type', 'too_long', 'too_short', 'too_big', 'too_small', 'invalid'];
    for (const catalog of [auth, account, push]) {
      for (const locale of ['en', 'fr'] as const) {
        for (const code of codes) expect(catalog[locale], code).toHaveProperty(code);
      }
    }
    for (const locale of ['en', 'fr'] as const) {
      for (const code of codes) expect(adminShared[locale], code).toHaveProperty(`err_${code}`);
    }
  });
});
