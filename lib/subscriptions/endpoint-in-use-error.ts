import { DomainError } from '../errors/domain-error';

/**
 * The endpoint is another person's device and the request does not prove it is the same browser subscription
 * (its p256dh and auth differ). Moving it would let anyone who learns an endpoint take over, or delete, another
 * person's device; the push service alone knows endpoints, but they travel in logs and support tickets.
 */
export class EndpointInUseError extends DomainError {
  name = 'EndpointInUseError';
  constructor() {
    super('endpoint_in_use', { message: 'This push endpoint belongs to another account.' });
  }
}

/** Only the browser that made a subscription knows its auth secret: same keys = the same subscription. */
export function sameSubscriptionKeys(
  a: { p256dh: string; auth: string },
  b: { p256dh: string; auth: string },
): boolean {
  return a.p256dh === b.p256dh && a.auth === b.auth;
}
