import 'server-only';
import type { ZodType } from 'zod';
import { authenticateApiToken, type ApiCaller } from '../api-tokens/authenticate-api-token';
import { jsonError } from '../http/json-error';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from '../http/read-json-body';
import { handleErrors } from './with-user';

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<B, P> = (req: Request, ctx: { caller: ApiCaller; body: B; params: P }) => Promise<Response>;

/**
 * Route-handler wrapper for other systems: `Authorization: Bearer <token>` (401 when missing, unknown or revoked,
 * RFC 6750), then the JSON body (413/400/422), then the handler. No cookies are read, so no CSRF check is needed.
 */
export function withApiToken<B = undefined, P = Record<string, string>>(handler: Handler<B, P>, opts: { body?: ZodType<B>; maxBytes?: number } = {}) {
  return async (req: Request, routeCtx?: RouteContext): Promise<Response> =>
    handleErrors(async () => {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '');
      if (!match) return jsonError(401, 'unauthenticated', {}, { 'WWW-Authenticate': 'Bearer realm="crieur"' });
      const caller = await authenticateApiToken(match[1]);
      if (!caller) return jsonError(401, 'invalid_token', {}, { 'WWW-Authenticate': 'Bearer realm="crieur", error="invalid_token"' });
      const body = (opts.body ? await readJsonBody(req, opts.body, opts.maxBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined) as B;
      const params = ((await routeCtx?.params) ?? {}) as P;
      return handler(req, { caller, body, params });
    });
}
