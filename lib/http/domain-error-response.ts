import { DomainError, type DomainErrorCode } from '../errors/domain-error';
import { rateLimitedResponse } from './rate-limit-headers';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { jsonError } from './json-error';

/** How each domain failure answers over HTTP; `message: true` puts the error's words in the body for developers. */
const HTTP_ANSWERS: Record<DomainErrorCode, { status: number; message?: true }> = {
  invalid: { status: 422 },
  not_found: { status: 404 },
  last_admin: { status: 409 },
  email_taken: { status: 409 },
  endpoint_in_use: { status: 409, message: true },
  idempotency_key_reused: { status: 422, message: true },
  confirmation_required: { status: 422 },
  push_not_configured: { status: 503, message: true },
  wrong_current_password: { status: 422 },
  password_is_email: { status: 422 },
  invalid_token: { status: 422 },
  payload_too_large: { status: 413, message: true },
  rate_limited: { status: 429 },
  session_ended: { status: 401 },
};

/** The JSON answer of a domain failure: { error: code, message?, fields?, …details }. */
export function domainErrorResponse(err: DomainError): Response {
  // A rate limit also tells the client when to come back (Retry-After, RateLimit fields).
  if (err instanceof RateLimitedError) return rateLimitedResponse(err);
  const answer = HTTP_ANSWERS[err.code];
  const body = {
    ...(answer.message ? { message: err.message } : {}),
    ...(err.fields ? { fields: err.fields } : {}),
    ...err.details,
  };
  return jsonError(answer.status, err.code, body);
}
