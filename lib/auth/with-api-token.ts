import 'server-only';
import { authenticateApiToken, type ApiCaller } from '../api-tokens/authenticate-api-token';
import { jsonError } from '../http/json-error';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from '../http/read-json-body';
import { readRouteParams } from '../http/read-route-params';
import { rateLimitFields } from '../http/rate-limit-headers';
import { takeApiQuota } from '../rate-limit/request-limits';
import { handleErrors, type RouteOptions } from './with-user';

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<B, P> = (req: Request, ctx: { caller: ApiCaller; body: B; params: P }) => Promise<Response>;

// RFC 6750 §2.1: the token is a b64token; anything else (a NUL, a control, non-ASCII) is no token at all.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * Route-handler wrapper for other systems: `Authorization: Bearer <token>` (401 when missing, unknown or revoked,
 * RFC 6750), the token's request budget (429 with Retry-After; every answer carries the RateLimit fields), then path
 * parameters (404) and the JSON body (415/413/400/422), then the handler. No cookies are read, so no CSRF check is
 * needed.
 */
export function withApiToken<B = undefined, P = Record<string, string>>(
  handler: Handler<B, P>,
  opts: RouteOptions<B, P> = {},
) {
  return async (req: Request, routeCtx?: RouteContext): Promise<Response> =>
    handleErrors(async () => {
      const match = BEARER.exec(req.headers.get('authorization') ?? '');
      if (!match) return jsonError(401, 'unauthenticated', {}, { 'WWW-Authenticate': 'Bearer realm="crieur"' });
      const caller = await authenticateApiToken(match[1]);
      if (!caller)
        return jsonError(
          401,
          'invalid_token',
          {},
          { 'WWW-Authenticate': 'Bearer realm="crieur", error="invalid_token"' },
        );
      const quota = await takeApiQuota(caller.id);
      const res = await handleErrors(async () => {
        const params = await readRouteParams(routeCtx?.params, opts.params);
        const body = (
          opts.body ? await readJsonBody(req, opts.body, opts.maxBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined
        ) as B;
        return handler(req, { caller, body, params });
      });
      for (const [k, v] of Object.entries(rateLimitFields(quota))) res.headers.set(k, v);
      return res;
    });
}
