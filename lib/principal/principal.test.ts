import { describe, expect, it } from 'vitest';
import { adminPrincipal, userPrincipal } from '../../test/principals';
import { assertAdmin, assertUser, PrincipalError } from './principal';

describe('principals', () => {
  it('assertAdmin refuses a citizen or a missing principal even if a cast let it through', () => {
    expect(() => assertAdmin(userPrincipal({ id: 'u1' }) as never)).toThrow(PrincipalError);
    expect(() => assertAdmin(null)).toThrow(PrincipalError);
    expect(() => assertUser(undefined)).toThrow(PrincipalError);
    expect(() => assertAdmin(adminPrincipal())).not.toThrow();
  });
});
