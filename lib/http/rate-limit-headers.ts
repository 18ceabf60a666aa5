import { jsonError } from './json-error';
import type { QuotaState, RateLimitedError } from '../rate-limit/rate-limited-error';

/**
 * The RateLimit-Policy and RateLimit fields of draft-ietf-httpapi-ratelimit-headers-10 (Structured Field lists):
 * `RateLimit-Policy: "api-token";q=120;w=60` (quota and window never change) and `RateLimit: "api-token";r=87;t=42`
 * (what is left, and seconds until the window resets).
 */
export function rateLimitFields(q: QuotaState): Record<string, string> {
  return {
    'RateLimit-Policy': `"${q.policy}";q=${q.limit};w=${q.windowSeconds}`,
    RateLimit: `"${q.policy}";r=${q.remaining};t=${q.resetSeconds}`,
  };
}

/** 429 with Retry-After (seconds, RFC 9110), and the RateLimit fields when the refusing policy is known. */
export function rateLimitedResponse(err: RateLimitedError): Response {
  const headers = { 'Retry-After': String(err.retryAfterSeconds), ...(err.quota ? rateLimitFields(err.quota) : {}) };
  return jsonError(429, 'rate_limited', { retryAfter: err.retryAfterSeconds }, headers);
}
