import { DomainError } from '../errors/domain-error';

/** The person does not exist (any more). */
export class PersonNotFoundError extends DomainError {
  name = 'PersonNotFoundError';
  constructor(message?: string) {
    super('not_found', { message });
  }
}

/** Refused: the change would leave no administrator, and nobody could then manage the portal. */
export class LastAdminError extends DomainError {
  name = 'LastAdminError';
  constructor() {
    super('last_admin');
  }
}
