import type { DomainError, DomainErrorCode } from '../errors/domain-error';
import { RateLimitedError } from '../rate-limit/rate-limited-error';

/**
 * Why a server action refused: the wrapper's own checks, a domain failure (see ACTION_ERRORS), or 'unexpected', which
 * only the client makes up (components/use-action-form.ts) when the action threw or could not be reached.
 */
export type ActionErrorCode =
  'unauthenticated' | 'forbidden' | 'invalid' | 'rate_limited' | DomainErrorCode | 'unexpected';

export type ActionFailure = {
  ok: false;
  error: ActionErrorCode;
  /** Field → reason code, for the messages under the form's fields. */
  fields?: Record<string, string>;
  /** Seconds to wait, with 'rate_limited'. */
  retryAfter?: number;
};

export type ActionResult<R> = { ok: true; data: R } | ActionFailure;

/** The code a form sees for each domain failure (forms look their text up by it, in messages/). */
const ACTION_ERRORS: Record<DomainErrorCode, ActionErrorCode> = {
  invalid: 'invalid',
  not_found: 'not_found',
  last_admin: 'last_admin',
  email_taken: 'email_taken',
  endpoint_in_use: 'endpoint_in_use',
  idempotency_key_reused: 'idempotency_key_reused',
  confirmation_required: 'confirmation_required',
  push_not_configured: 'push_not_configured',
  wrong_current_password: 'wrong_current_password',
  password_is_email: 'password_is_email',
  invalid_token: 'invalid_token',
  payload_too_large: 'payload_too_large',
  rate_limited: 'rate_limited',
  session_ended: 'unauthenticated',
};

/** A domain failure as the action's expected failure; a rate limit also says how long to wait. */
export function domainErrorResult(err: DomainError): ActionFailure {
  return {
    ok: false,
    error: ACTION_ERRORS[err.code],
    ...(err.fields ? { fields: err.fields } : {}),
    ...(err instanceof RateLimitedError ? { retryAfter: err.retryAfterSeconds } : {}),
  };
}
