import { describe, expect, it } from 'vitest';
import type { PushResult } from '../types';
import {
  backoffDelayMs,
  classifyOutcome,
  DEFAULT_RETRY_POLICY,
  deviceEffectOf,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  SINGLE_ATTEMPT_POLICY,
  type Outcome,
  type OutcomeContext,
} from './outcome';

const now = new Date('2026-01-01T12:00:00Z');
const ctx = (over: Partial<OutcomeContext> = {}): OutcomeContext => ({
  attempts: 1,
  now,
  expiresAt: new Date('2026-01-02T12:00:00Z'),
  random: () => 0.5,
  ...over,
});
const http = (statusCode: number, extra: Partial<{ retryAfter: string; body: string }> = {}): PushResult => ({
  kind: 'response',
  statusCode,
  body: '',
  ...extra,
});

describe('classifyOutcome — one row per answer', () => {
  it.each([200, 201, 202])('%i → sent', (code) => {
    expect(classifyOutcome(http(code), ctx())).toEqual({ status: 'sent', code });
  });

  it.each([404, 410])('%i → gone', (code) => {
    expect(classifyOutcome(http(code), ctx())).toEqual({ status: 'gone', code });
  });

  it.each([400, 401, 403, 413])('%i → failed, not retried, with the body', (code) => {
    expect(classifyOutcome(http(code, { body: 'BadJwtToken' }), ctx({ attempts: 1 }))).toEqual({
      status: 'failed',
      code,
      error: `HTTP ${code}: BadJwtToken`,
    });
  });

  it('keeps at most 500 characters of a failure body', () => {
    const o = classifyOutcome(http(400, { body: 'x'.repeat(5000) }), ctx());
    expect(o.status === 'failed' && o.error.length).toBe('HTTP 400: '.length + 500);
  });

  it('429 → retry at Retry-After (seconds)', () => {
    expect(classifyOutcome(http(429, { retryAfter: '120' }), ctx())).toMatchObject({
      status: 'retry',
      code: 429,
      dueAt: new Date('2026-01-01T12:02:00Z'),
    });
  });

  it('429 → retry at Retry-After (HTTP date)', () => {
    expect(classifyOutcome(http(429, { retryAfter: 'Thu, 01 Jan 2026 12:30:00 GMT' }), ctx())).toMatchObject({
      status: 'retry',
      dueAt: new Date('2026-01-01T12:30:00Z'),
    });
  });

  it('503 → retry at Retry-After too (RFC 9110 allows it there)', () => {
    expect(classifyOutcome(http(503, { retryAfter: '600' }), ctx())).toMatchObject({
      status: 'retry',
      code: 503,
      dueAt: new Date('2026-01-01T12:10:00Z'),
    });
  });

  it('an absurd Retry-After → expired, not a retry at a time the database cannot store', () => {
    const o = classifyOutcome(http(429, { retryAfter: '99999999999999' }), ctx());
    expect(o).toMatchObject({ status: 'expired', code: 429 });
  });

  it('429 without a usable Retry-After → backoff', () => {
    const o = classifyOutcome(http(429, { retryAfter: 'soon' }), ctx());
    expect(o).toMatchObject({
      status: 'retry',
      dueAt: new Date(now.getTime() + backoffDelayMs(1, DEFAULT_RETRY_POLICY, () => 0.5)),
    });
  });

  it.each([408, 500, 502, 503, 504])('%i → retry with backoff', (code) => {
    const o = classifyOutcome(http(code), ctx({ attempts: 2 }));
    expect(o.status).toBe('retry');
    expect(o.status === 'retry' && o.dueAt.getTime() - now.getTime()).toBe(
      backoffDelayMs(2, DEFAULT_RETRY_POLICY, () => 0.5),
    );
  });

  it.each(['timeout', 'http_timeout', 'connect_timeout', 'reset', 'refused', 'dns', 'tls:CERT_HAS_EXPIRED'])(
    'network %s → retry with backoff, the error named as the sender named it',
    (error) => {
      expect(classifyOutcome({ kind: 'network', error }, ctx())).toMatchObject({
        status: 'retry',
        error: `network: ${error}`,
      });
    },
  );

  it.each(['endpoint_refused:not_allowlisted', 'invalid_subscription_keys'])(
    'sender refusal %s → failed, not retried',
    (error) => {
      expect(classifyOutcome({ kind: 'network', error }, ctx())).toEqual({ status: 'failed', error });
    },
  );

  it('gives up after 5 attempts → failed', () => {
    expect(classifyOutcome(http(503), ctx({ attempts: 5 }))).toMatchObject({
      status: 'failed',
      code: 503,
      error: 'gave up after 5 attempts: HTTP 503',
    });
    expect(classifyOutcome({ kind: 'network', error: 'reset' }, ctx({ attempts: 4 })).status).toBe('retry');
  });

  it('never schedules a retry past expiresAt → expired', () => {
    const soon = new Date(now.getTime() + 1000);
    expect(classifyOutcome(http(500), ctx({ expiresAt: soon }))).toMatchObject({ status: 'expired', code: 500 });
    expect(
      classifyOutcome(http(429, { retryAfter: '3600' }), ctx({ expiresAt: new Date(now.getTime() + 60_000) })),
    ).toMatchObject({ status: 'expired' });
  });
});

describe('a test push (one attempt, the person waits)', () => {
  it('reports what the outbox would retry as failed, saying why', () => {
    const once = ctx({ policy: SINGLE_ATTEMPT_POLICY });
    expect(classifyOutcome(http(503), once)).toEqual({
      status: 'failed',
      code: 503,
      error: 'gave up after 1 attempt: HTTP 503',
    });
    expect(classifyOutcome({ kind: 'network', error: 'http_timeout' }, once)).toEqual({
      status: 'failed',
      error: 'gave up after 1 attempt: network: http_timeout',
    });
    expect(classifyOutcome(http(201), once)).toEqual({ status: 'sent', code: 201 });
    expect(classifyOutcome(http(410), once)).toEqual({ status: 'gone', code: 410 });
  });
});

describe('deviceEffectOf — what an outcome does to the device', () => {
  const later = new Date('2026-01-01T13:00:00Z');
  it.each<[Outcome, boolean, string]>([
    [{ status: 'sent', code: 201 }, true, 'success'],
    [{ status: 'gone', code: 410 }, true, 'remove'],
    [{ status: 'gone', error: 'device removed before sending' }, false, 'remove'],
    [{ status: 'failed', code: 400, error: 'HTTP 400' }, true, 'failure'],
    [{ status: 'retry', error: 'network: reset', dueAt: later }, true, 'failure'],
    [{ status: 'expired', code: 500, error: 'expired before a retry' }, true, 'failure'],
    // No request was made: the device did nothing wrong.
    [{ status: 'failed', error: 'gave up: claimed 4 times' }, false, 'none'],
    [{ status: 'retry', error: 'could not check for a cancel', dueAt: later }, false, 'none'],
    [{ status: 'expired', error: 'expired before it could be sent' }, false, 'none'],
    [{ status: 'cancelled' }, false, 'none'],
  ])('%o (attempted: %s) → %s', (outcome, attempted, effect) => {
    expect(deviceEffectOf(outcome, attempted)).toBe(effect);
  });
});

describe('backoffDelayMs', () => {
  const policy = { maxAttempts: 5, backoffBaseMs: 1000, backoffMaxMs: 10_000 };
  it('stays between half and all of base·2^(n−1)', () => {
    for (const [n, ceiling] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
    ]) {
      expect(backoffDelayMs(n, policy, () => 0)).toBe(ceiling / 2);
      expect(backoffDelayMs(n, policy, () => 0.999999)).toBeLessThanOrEqual(ceiling);
      expect(backoffDelayMs(n, policy, () => 0.999999)).toBeGreaterThan(ceiling * 0.99);
    }
  });
  it('is capped', () => {
    expect(backoffDelayMs(30, policy, () => 1)).toBe(10_000);
  });
  it('spreads retries (jitter)', () => {
    const seen = new Set(Array.from({ length: 50 }, () => backoffDelayMs(3, policy)));
    expect(seen.size).toBeGreaterThan(10);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', now)).toEqual(now);
    expect(parseRetryAfter(' 30 ', now)).toEqual(new Date('2026-01-01T12:00:30Z'));
    expect(parseRetryAfter('Thu, 01 Jan 2026 13:00:00 GMT', now)).toEqual(new Date('2026-01-01T13:00:00Z'));
  });
  it('never returns an invalid date: a delay past MAX_RETRY_AFTER_MS is cut to it', () => {
    const furthest = new Date(now.getTime() + MAX_RETRY_AFTER_MS);
    for (const v of ['99999999999999', '9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT']) {
      expect(parseRetryAfter(v, now)).toEqual(furthest);
    }
    expect(parseRetryAfter(String(MAX_RETRY_AFTER_MS / 1000 - 1), now)!.getTime()).toBeLessThan(furthest.getTime());
  });
  it('treats a date in the past as now, and garbage as absent', () => {
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toEqual(now);
    for (const v of [undefined, '', '-5', '1.5', 'tomorrow', '2026-01-02'])
      expect(parseRetryAfter(v, now)).toBeUndefined();
  });
});
