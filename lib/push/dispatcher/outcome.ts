import { DEFAULT_PUSH_MAX_ATTEMPTS } from '../../validation/push-settings';
import type { PushResult } from '../types';

// The one place that says what a push service's answer means: for the delivery (sent, gone, retry when, failed) and
// for the device (deviceEffectOf). The outbox and the test pushes both go through it. Pure, so every branch is
// unit-tested.

export type RetryPolicy = {
  /** Attempts allowed in total (the first send included). */
  maxAttempts: number;
  /** First retry waits about this long; each further one twice as long (with jitter). */
  backoffBaseMs: number;
  backoffMaxMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: DEFAULT_PUSH_MAX_ATTEMPTS,
  backoffBaseMs: 30_000,
  backoffMaxMs: 30 * 60_000,
};

/** A test push is tried once, while the person waits: what would be retried is reported as failed. */
export const SINGLE_ATTEMPT_POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };

export type Outcome =
  | { status: 'sent'; code: number }
  | { status: 'gone'; code?: number; error?: string }
  | { status: 'failed'; code?: number; error: string }
  | { status: 'retry'; code?: number; error: string; dueAt: Date }
  | { status: 'expired'; code?: number; error: string }
  | { status: 'cancelled' };

export type OutcomeContext = {
  /** Attempts made so far, this one included (1 after the first send). */
  attempts: number;
  expiresAt: Date;
  now: Date;
  policy?: RetryPolicy;
  random?: () => number;
};

const BODY_LOG_CHARS = 500;

/** Network "errors" the sender reports for data that can never be sent (refused endpoint, keys off the curve). */
const PERMANENT_NETWORK_ERROR = /^(endpoint_refused(:|$)|invalid_subscription_keys$)/;

export function classifyOutcome(result: PushResult, ctx: OutcomeContext): Outcome {
  // Nothing was written: the outbox queues the row again without spending an attempt (deliver-claimed.ts); a one-off
  // push (a test, while the person waits) reports it as failed.
  if (result.kind === 'unsent') return { status: 'failed', error: `not sent: ${result.error}` };
  if (result.kind === 'network') {
    if (PERMANENT_NETWORK_ERROR.test(result.error)) return { status: 'failed', error: result.error };
    return retry(undefined, `network: ${result.error}`, undefined, ctx);
  }
  const { statusCode: code } = result;
  if (code >= 200 && code < 300) return { status: 'sent', code };
  if (isGoneAnswer(result)) return { status: 'gone', code };
  const detail = `HTTP ${code}${result.body ? `: ${result.body.slice(0, BODY_LOG_CHARS)}` : ''}`;
  // RFC 9110 §10.2.3: a 503 may say when to come back, as a 429 does (RFC 8030 §8.4).
  if (code === 429 || code === 503) return retry(code, detail, parseRetryAfter(result.retryAfter, ctx.now), ctx);
  if (code === 408 || code >= 500) return retry(code, detail, undefined, ctx);
  // 400 bad request, 401/403 VAPID refused, 413 payload too large…: sending it again gives the same answer.
  return { status: 'failed', code, error: detail };
}

/** RFC 8030 §7.3: 404/410, the subscription expired or was unsubscribed; it will never work again. */
export function isGoneAnswer(result: PushResult): boolean {
  return result.kind === 'response' && (result.statusCode === 404 || result.statusCode === 410);
}

/** What an outcome does to the device's row: lastSuccessAt, removal, or one more failure (none: nothing was asked). */
export type DeviceEffect = 'success' | 'remove' | 'failure' | 'none';

const COUNTED_FAILURES = new Set<Outcome['status']>(['failed', 'retry', 'expired']);

/**
 * The device half of the rules, for one outcome. record-results.ts's batched write applies the same mapping in SQL;
 * record-push-outcome.test.ts checks that the two agree for every outcome.
 */
export function deviceEffectOf(outcome: Outcome, attempted: boolean): DeviceEffect {
  if (outcome.status === 'sent') return 'success';
  if (outcome.status === 'gone') return 'remove';
  return attempted && COUNTED_FAILURES.has(outcome.status) ? 'failure' : 'none';
}

function retry(code: number | undefined, error: string, at: Date | undefined, ctx: OutcomeContext): Outcome {
  const policy = ctx.policy ?? DEFAULT_RETRY_POLICY;
  if (ctx.attempts >= policy.maxAttempts) {
    return {
      status: 'failed',
      code,
      error: `gave up after ${ctx.attempts} attempt${ctx.attempts === 1 ? '' : 's'}: ${error}`,
    };
  }
  const dueAt = at ?? new Date(ctx.now.getTime() + backoffDelayMs(ctx.attempts, policy, ctx.random));
  // A retry after expiry would be dropped by the push service anyway (TTL 0): stop here and say why.
  if (dueAt >= ctx.expiresAt) return { status: 'expired', code, error: `expired before a retry: ${error}` };
  return { status: 'retry', code, error, dueAt };
}

/** Exponential backoff with "equal jitter": between half and all of base·2^(n−1), capped. */
export function backoffDelayMs(
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The furthest a Retry-After is followed. Any later time is past every notification's expiry, so retry() turns it
 * into 'expired' anyway; without a bound, "99999999999999" seconds made an Invalid Date that PostgreSQL refused.
 */
export const MAX_RETRY_AFTER_MS = 366 * 86_400_000;

/**
 * RFC 9110 §10.2.3 Retry-After: delay-seconds or an HTTP-date, as a time between now and now + MAX_RETRY_AFTER_MS.
 * Unparseable → undefined (use backoff).
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const at = /^\d+$/.test(v) ? now.getTime() + Number(v) * 1000 : /[a-z]/i.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(at)) return undefined;
  return new Date(Math.min(Math.max(at, now.getTime()), now.getTime() + MAX_RETRY_AFTER_MS));
}
