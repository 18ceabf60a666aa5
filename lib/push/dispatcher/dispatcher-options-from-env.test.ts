import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../env';
import { dispatcherOptionsFromEnv } from './dispatcher-options-from-env';
import { classifyOutcome, DEFAULT_RETRY_POLICY } from './outcome';

const http500 = { kind: 'response', statusCode: 500, body: 'oops' } as const;
const first = { attempts: 1, now: new Date('2026-01-01T12:00:00Z'), expiresAt: new Date('2026-01-02T12:00:00Z') };

describe('dispatcherOptionsFromEnv', () => {
  it('keeps the default retry policy when PUSH_MAX_ATTEMPTS is unset', () => {
    const { retry } = dispatcherOptionsFromEnv(parseEnv({}));
    expect(retry).toEqual(DEFAULT_RETRY_POLICY);
    expect(classifyOutcome(http500, { ...first, policy: retry })).toMatchObject({ status: 'retry' });
  });

  it('PUSH_MAX_ATTEMPTS=1: a 500 fails at the first attempt, the backoff itself unchanged', () => {
    const { retry } = dispatcherOptionsFromEnv(parseEnv({ PUSH_MAX_ATTEMPTS: '1' }));
    expect(retry).toEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 1 });
    expect(classifyOutcome(http500, { ...first, policy: retry })).toEqual({
      status: 'failed',
      code: 500,
      error: 'gave up after 1 attempt: HTTP 500: oops',
    });
  });
});

describe('dispatcherOptionsFromEnv: declarative payloads and device expiry', () => {
  it('takes the public origin from NEXTAUTH_URL (none: no declarative form), expiry defaults of 60 and 14 days', () => {
    expect(dispatcherOptionsFromEnv(parseEnv({}))).toMatchObject({
      origin: null,
      deviceExpiry: { unseenDays: 60, graceDays: 14 },
    });
    const o = dispatcherOptionsFromEnv(
      parseEnv({
        NEXTAUTH_URL: 'https://town.example.org/portal',
        PUSH_DEVICE_UNSEEN_DAYS: '30',
        PUSH_DEVICE_GRACE_DAYS: '7',
      }),
    );
    expect(o).toMatchObject({ origin: 'https://town.example.org', deviceExpiry: { unseenDays: 30, graceDays: 7 } });
  });
});
