import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../http/json-error';
import { pruneCriteriaSchema } from './admin';

const errors = (v: unknown) => {
  const r = pruneCriteriaSchema.safeParse(v);
  return r.success ? {} : zodFieldErrors(r.error.issues);
};

describe('pruneCriteriaSchema', () => {
  it('reads the number fields’ digits and JSON numbers, with defaults', () => {
    expect(pruneCriteriaSchema.parse({ days: '45', failures: 3 })).toEqual({ days: 45, failures: 3 });
    expect(pruneCriteriaSchema.parse({})).toEqual({ days: 30, failures: 5 });
  });

  it.each([true, false, [30], ' ', '', '1e1', '30.0', ' 30', '0x1e', null, {}])(
    'refuses days=%j (z.coerce.number read most as some number)',
    (days) => {
      expect(errors({ days })).toEqual({ days: 'invalid_number' });
    },
  );

  it('refuses numbers out of range or not whole', () => {
    expect(errors({ days: 0, failures: '101' })).toEqual({ days: 'out_of_range', failures: 'out_of_range' });
    expect(errors({ days: 1.5 })).toEqual({ days: 'invalid_number' });
  });
});
