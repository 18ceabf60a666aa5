import { DomainError, InvalidInputError } from '../errors/domain-error';

/** A notification that parsed but cannot be created as asked (unknown topic…): the field and why. */
export class NotificationInputError extends InvalidInputError {
  name = 'NotificationInputError';
}

/** An idempotency key already used for a different request: replaying the first one would hide the mistake. */
export class IdempotencyKeyReusedError extends DomainError {
  name = 'IdempotencyKeyReusedError';
  constructor() {
    super('idempotency_key_reused', {
      message: 'This Idempotency-Key was already used with a different request; use a new key for a new notification.',
    });
  }
}

/**
 * The composer asked to send to more people than COMPOSE_CONFIRM_THRESHOLD without confirming this very number (no
 * confirmation, or the audience changed since): the person must see the new count and confirm again.
 */
export class ConfirmationRequiredError extends DomainError {
  name = 'ConfirmationRequiredError';
  constructor(readonly recipients: number) {
    super('confirmation_required', { details: { recipients } });
  }
}
