import 'server-only';
import { ZodError, type ZodType } from 'zod';
import { getEnv } from '../env';
import { HttpError, jsonError, zodFieldErrors } from '../http/json-error';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from '../http/read-json-body';
import { isSameOrigin } from '../http/same-origin';
import type { Role } from '../generated/prisma/enums';
import { getCurrentUser, type SessionUser } from './session';

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<B, P> = (req: Request, ctx: { user: SessionUser; body: B; params: P }) => Promise<Response>;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Route-handler wrapper: same-origin check for writes (403), session (401), role (403), body (413/400/422), then
 * the handler; HttpError thrown anywhere below becomes its JSON answer.
 */
export function withUser<B = undefined, P = Record<string, string>>(
  handler: Handler<B, P>,
  opts: { role?: Role; body?: ZodType<B>; maxBytes?: number } = {},
) {
  return async (req: Request, routeCtx?: RouteContext): Promise<Response> => {
    return handleErrors(async () => {
      if (!SAFE.has(req.method) && !isSameOrigin(req, allowedOrigins())) return jsonError(403, 'cross_site_request');
      const user = await getCurrentUser();
      if (!user) return jsonError(401, 'unauthenticated');
      if (opts.role && user.role !== opts.role) return jsonError(403, 'forbidden');
      const body = (opts.body ? await readJsonBody(req, opts.body, opts.maxBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined) as B;
      const params = ((await routeCtx?.params) ?? {}) as P;
      return handler(req, { user, body, params });
    });
  };
}

export async function handleErrors(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpError) return jsonError(err.status, err.code, err.extra, err.headers);
    // Handlers `schema.parse()` their query string and params: bad input there is the caller's mistake, not ours.
    if (err instanceof ZodError) return jsonError(422, 'invalid', { fields: zodFieldErrors(err.issues) });
    console.error(JSON.stringify({ level: 'error', msg: 'route handler failed', error: String((err as Error)?.stack ?? err) }));
    return jsonError(500, 'internal_error');
  }
}

function allowedOrigins(): string[] {
  const url = getEnv().NEXTAUTH_URL;
  return url ? [new URL(url).origin] : [];
}
