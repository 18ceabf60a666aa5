import 'server-only';
import type { ZodType } from 'zod';
import { zodFieldErrors } from '../http/json-error';
import { DomainError } from '../errors/domain-error';
import { domainErrorResult, type ActionResult } from './action-result';
import { isAdmin, type AdminPrincipal, type UserPrincipal } from '../principal/principal';
import { getUserPrincipal } from './require-principal';

export type { ActionErrorCode, ActionResult } from './action-result';

type Access = 'public' | 'visitor' | 'user' | 'admin';

function makeAction<S, R, U>(access: Access, schema: ZodType<S>, fn: (input: S, ctx: { user: U }) => Promise<R>) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    const user = access === 'public' ? null : await getUserPrincipal();
    if ((access === 'user' || access === 'admin') && !user) return { ok: false, error: 'unauthenticated' };
    if (access === 'admin' && !(user && isAdmin(user))) return { ok: false, error: 'forbidden' };
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: zodFieldErrors(parsed.error.issues, raw) };
    try {
      return { ok: true, data: await fn(parsed.data, { user: user as U }) };
    } catch (err) {
      // Expected failures become the form's answer; anything else is a bug for Next's error page and log.
      if (err instanceof DomainError) return domainErrorResult(err);
      throw err;
    }
  };
}

/** Server action open to anyone (sign-up): validation and error mapping only. */
export const publicAction = <S, R>(schema: ZodType<S>, fn: (input: S) => Promise<R>) =>
  makeAction<S, R, null>('public', schema, (i) => fn(i));
/**
 * Server action open to anyone that also acts for the visitor when signed in (the language switcher): the body gets
 * the checked principal or null, never an id it could be handed by the form.
 */
export const visitorAction = <S, R>(
  schema: ZodType<S>,
  fn: (input: S, ctx: { user: UserPrincipal | null }) => Promise<R>,
) => makeAction<S, R, UserPrincipal | null>('visitor', schema, fn);
/** Server action for signed-in users: session → zod → fn with a checked principal. */
export const authAction = <S, R>(schema: ZodType<S>, fn: (input: S, ctx: { user: UserPrincipal }) => Promise<R>) =>
  makeAction<S, R, UserPrincipal>('user', schema, fn);
/** Server action for admins: session → role → zod → fn with a checked admin principal. */
export const adminAction = <S, R>(schema: ZodType<S>, fn: (input: S, ctx: { user: AdminPrincipal }) => Promise<R>) =>
  makeAction<S, R, AdminPrincipal>('admin', schema, fn);
