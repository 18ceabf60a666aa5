import type { Logger } from '../../log/logger';
import type { Outcome } from './outcome';

/**
 * The log line of a push that failed for good. Only the endpoint's origin is logged: the full endpoint is a bearer
 * capability (whoever holds it and the keys can push to that device).
 */
export function logFailedPush(
  log: Logger,
  outcome: Outcome,
  fields: { endpoint: string | null } & Record<string, unknown>,
) {
  if (outcome.status !== 'failed') return;
  const { endpoint, ...rest } = fields;
  const { code, error } = outcome;
  log('warn', 'push delivery failed', { ...rest, origin: endpointOrigin(endpoint), code, error });
}

function endpointOrigin(endpoint: string | null): string | undefined {
  return endpoint && URL.canParse(endpoint) ? new URL(endpoint).origin : undefined;
}
