import 'server-only';
import type { ZodType } from 'zod';
import { zodFieldErrors } from '../http/json-error';
import type { Role } from '../generated/prisma/enums';
import { getCurrentUser, type SessionUser } from './session';

export type ActionResult<R> =
  | { ok: true; data: R }
  | { ok: false; error: 'unauthenticated' | 'forbidden' | 'invalid' | string; fields?: Record<string, string> };

/** Thrown inside an action for an expected failure the form should show (e.g. 'email_taken'). */
export class ActionError extends Error {
  constructor(readonly code: string, readonly fields?: Record<string, string>) {
    super(code);
  }
}

type Access = 'public' | 'user' | Role;

function makeAction<S, R>(access: Access, schema: ZodType<S>, fn: (input: S, ctx: { user: SessionUser | null }) => Promise<R>) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    const user = access === 'public' ? null : await getCurrentUser();
    if (access !== 'public' && !user) return { ok: false, error: 'unauthenticated' };
    if (access !== 'public' && access !== 'user' && user?.role !== access) return { ok: false, error: 'forbidden' };
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: zodFieldErrors(parsed.error.issues) };
    try {
      return { ok: true, data: await fn(parsed.data, { user }) };
    } catch (err) {
      if (err instanceof ActionError) return { ok: false, error: err.code, fields: err.fields };
      throw err;
    }
  };
}

/** Server action open to anyone (sign-up): validation and error mapping only. */
export const publicAction = <S, R>(schema: ZodType<S>, fn: (input: S) => Promise<R>) => makeAction('public', schema, (i) => fn(i));
/** Server action for signed-in users: session → zod → fn. */
export const authAction = <S, R>(schema: ZodType<S>, fn: (input: S, ctx: { user: SessionUser }) => Promise<R>) =>
  makeAction('user', schema, (i, c) => fn(i, { user: c.user! }));
/** Server action for admins: session → role → zod → fn. */
export const adminAction = <S, R>(schema: ZodType<S>, fn: (input: S, ctx: { user: SessionUser }) => Promise<R>) =>
  makeAction('admin', schema, (i, c) => fn(i, { user: c.user! }));
