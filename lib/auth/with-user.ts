import 'server-only';
import { ZodError, type ZodType } from 'zod';
import { getEnv } from '../env';
import { DomainError } from '../errors/domain-error';
import { HttpError, jsonError, zodFieldErrors } from '../http/json-error';
import { domainErrorResponse } from '../http/domain-error-response';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from '../http/read-json-body';
import { readRouteParams } from '../http/read-route-params';
import { isSameOrigin } from '../http/same-origin';
import { isAdmin, type AdminPrincipal, type UserPrincipal } from '../principal/principal';
import { getUserPrincipal } from './require-principal';

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<B, P, U> = (req: Request, ctx: { user: U; body: B; params: P }) => Promise<Response>;
/** body: the JSON body's schema; params: the path parameters' (lib/http/read-route-params.ts). */
export type RouteOptions<B, P> = { body?: ZodType<B>; params?: ZodType<P>; maxBytes?: number };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Route-handler wrapper: same-origin check for writes (403), session (401), role (403), path parameters (404),
 * body (415/413/400/422), then the handler with a checked principal. An HttpError (the edge's own refusals) or a
 * DomainError (lib/http/domain-error-response.ts) thrown anywhere below becomes its JSON answer.
 */
export function withUser<B = undefined, P = Record<string, string>>(
  handler: Handler<B, P, UserPrincipal>,
  opts: RouteOptions<B, P> = {},
) {
  return wrap<B, P, UserPrincipal>(handler, opts, (u) => u);
}

/** As withUser, for administrators only (403 for anyone else): the handler gets an AdminPrincipal. */
export function withAdmin<B = undefined, P = Record<string, string>>(
  handler: Handler<B, P, AdminPrincipal>,
  opts: RouteOptions<B, P> = {},
) {
  return wrap<B, P, AdminPrincipal>(handler, opts, (u) => (isAdmin(u) ? u : null));
}

function wrap<B, P, U>(handler: Handler<B, P, U>, opts: RouteOptions<B, P>, allow: (u: UserPrincipal) => U | null) {
  return async (req: Request, routeCtx?: RouteContext): Promise<Response> => {
    return handleErrors(async () => {
      if (!SAFE.has(req.method) && !isSameOrigin(req, allowedOrigins())) return jsonError(403, 'cross_site_request');
      const principal = await getUserPrincipal();
      if (!principal) return jsonError(401, 'unauthenticated');
      const user = allow(principal);
      if (!user) return jsonError(403, 'forbidden');
      const params = await readRouteParams(routeCtx?.params, opts.params);
      const body = (
        opts.body ? await readJsonBody(req, opts.body, opts.maxBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined
      ) as B;
      return handler(req, { user, body, params });
    });
  };
}

export async function handleErrors(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpError) return jsonError(err.status, err.code, err.extra, err.headers);
    if (err instanceof DomainError) return domainErrorResponse(err);
    // Handlers `schema.parse()` their query string and params: bad input there is the caller's mistake, not ours.
    if (err instanceof ZodError) return jsonError(422, 'invalid', { fields: zodFieldErrors(err.issues) });
    console.error(
      JSON.stringify({ level: 'error', msg: 'route handler failed', error: String((err as Error)?.stack ?? err) }),
    );
    return jsonError(500, 'internal_error');
  }
}

function allowedOrigins(): string[] {
  const url = getEnv().NEXTAUTH_URL;
  return url ? [new URL(url).origin] : [];
}
