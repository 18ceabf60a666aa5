/**
 * Every expected failure the domain reports. Domain code (lib/**) throws these and never a transport error: only the
 * edges decide what a failure looks like to a form (lib/auth/action-result.ts) or to an HTTP client
 * (lib/http/domain-error-response.ts), each with one table keyed by this union.
 */
export type DomainErrorCode =
  | 'invalid' // parsed, but names something that cannot be (unknown topic, slug taken…): `fields` says which
  | 'not_found'
  | 'last_admin'
  | 'email_taken'
  | 'endpoint_in_use'
  | 'idempotency_key_reused'
  | 'confirmation_required'
  | 'push_not_configured'
  | 'wrong_current_password'
  | 'password_is_email'
  | 'invalid_token'
  | 'payload_too_large' // a test push over the payload budget (PayloadOverBudgetError)
  | 'rate_limited'
  | 'session_ended'; // the request's session ended while it ran (a device write raced "sign out on all devices")

type DomainErrorOptions = {
  /** Field → reason code, for the form field (or API field) at fault. */
  fields?: Record<string, string>;
  /** Words for a developer reading an API answer or a log; forms show their own translated text. */
  message?: string;
  /** Facts an API client needs to act on the failure (e.g. the recipient count to confirm). */
  details?: Record<string, unknown>;
};

/** An expected failure of a domain rule, named by a typed code. */
export class DomainError extends Error {
  name = 'DomainError';
  readonly fields?: Record<string, string>;
  readonly details: Record<string, unknown>;

  constructor(
    readonly code: DomainErrorCode,
    opts: DomainErrorOptions = {},
  ) {
    super(opts.message ?? code);
    this.fields = opts.fields;
    this.details = opts.details ?? {};
  }
}

/** Input that parsed but is wrong in one field (an unknown topic, a taken slug, a stale VAPID key). */
export class InvalidInputError extends DomainError {
  name = 'InvalidInputError';

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super('invalid', { fields: { [field]: reason } });
  }
}
