import { describe, expect, it } from 'vitest';
import { DomainError, InvalidInputError } from '../errors/domain-error';
import { ConfirmationRequiredError, IdempotencyKeyReusedError } from '../notifications/notification-input-error';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { EndpointInUseError } from '../subscriptions/endpoint-in-use-error';
import { domainErrorResponse } from './domain-error-response';

async function answer(err: DomainError) {
  const res = domainErrorResponse(err);
  return { status: res.status, body: await res.json(), retryAfter: res.headers.get('Retry-After') };
}

// The API's answers were written by hand before domain errors existed; clients rely on each status and body.
describe('domainErrorResponse', () => {
  it('answers a field error with 422 invalid and the field', async () => {
    expect(await answer(new InvalidInputError('topics', 'topic_unknown'))).toMatchObject({
      status: 422,
      body: { error: 'invalid', fields: { topics: 'topic_unknown' } },
    });
  });

  it('answers with the developer message only where the API documents one', async () => {
    expect(await answer(new EndpointInUseError())).toMatchObject({
      status: 409,
      body: { error: 'endpoint_in_use', message: 'This push endpoint belongs to another account.' },
    });
    expect((await answer(new IdempotencyKeyReusedError())).body).toEqual({
      error: 'idempotency_key_reused',
      message: expect.stringContaining('Idempotency-Key'),
    });
    expect(await answer(new DomainError('push_not_configured', { message: 'keys missing' }))).toMatchObject({
      status: 503,
      body: { error: 'push_not_configured', message: 'keys missing' },
    });
    const lastAdmin = await answer(new DomainError('last_admin', { message: 'internal words' }));
    expect(lastAdmin.body).toEqual({ error: 'last_admin' });
  });

  it('puts the details a client acts on in the body', async () => {
    expect(await answer(new ConfirmationRequiredError(12))).toMatchObject({
      status: 422,
      body: { error: 'confirmation_required', recipients: 12 },
    });
  });

  it('answers a rate limit with 429, Retry-After and the seconds in the body', async () => {
    expect(await answer(new RateLimitedError(30))).toEqual({
      status: 429,
      body: { error: 'rate_limited', retryAfter: 30 },
      retryAfter: '30',
    });
  });
});
