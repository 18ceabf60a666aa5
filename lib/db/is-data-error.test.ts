import { describe, expect, it } from 'vitest';
import { isDataError } from './is-data-error';

const withCode = (code: unknown) => Object.assign(new Error('x'), { code });

describe('isDataError: the statement was refused, not the connection lost', () => {
  it.each(['22003', '22021', '22007', '23505', '23503'])('%s (class 22 or 23) → true', (code) => {
    expect(isDataError(withCode(code))).toBe(true);
  });

  it.each(['08006', '57P01', '40001', '53300', 'ECONNREFUSED', 'ECONNRESET', undefined, 22003])(
    '%s → false',
    (code) => {
      expect(isDataError(withCode(code))).toBe(false);
    },
  );

  it('is false for what is not an Error', () => {
    expect(isDataError({ code: '22003' })).toBe(false);
    expect(isDataError(null)).toBe(false);
  });
});
