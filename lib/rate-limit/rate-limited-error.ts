import { DomainError } from '../errors/domain-error';

/** A caller used up a limit: the edge answers 429 with Retry-After (and RateLimit fields for the public API). */
export class RateLimitedError extends DomainError {
  name = 'RateLimitedError';
  constructor(
    readonly retryAfterSeconds: number,
    /** The policy that refused, for the IETF RateLimit fields. */
    readonly quota?: QuotaState,
  ) {
    super('rate_limited', { message: `rate limited, retry in ${retryAfterSeconds} s` });
  }
}

/** What one key has left under one policy. */
export type QuotaState = {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
};
