import { DomainError } from '../../errors/domain-error';
import { PAYLOAD_BUDGET_BYTES } from '../build-payload';

/**
 * A test push whose message does not fit the payload budget. The outbox would push such a message as its id only,
 * for the device to fetch from the inbox, but a draft has no inbox entry to fetch: a test of it is refused rather
 * than POSTed whole (which push services refuse, or Firefox on Android drops).
 */
export class PayloadOverBudgetError extends DomainError {
  name = 'PayloadOverBudgetError';
  readonly budget = PAYLOAD_BUDGET_BYTES;

  constructor() {
    super('payload_too_large', {
      message: `the message is over the ${PAYLOAD_BUDGET_BYTES}-byte payload budget`,
      details: { budget: PAYLOAD_BUDGET_BYTES },
    });
  }
}
