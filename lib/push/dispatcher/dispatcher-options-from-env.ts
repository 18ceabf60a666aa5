import type { Env } from '../../env';
import type { DispatcherOptions } from './create-dispatcher';

/** The dispatcher's settings from the environment (PUSH_CONCURRENCY, PUSH_LEASE_MS, PUSH_TIMEOUT_MS, …). */
export function dispatcherOptionsFromEnv(env: Env): Omit<DispatcherOptions, 'sql' | 'sender' | 'logger'> {
  return {
    concurrency: env.PUSH_CONCURRENCY,
    leaseMs: env.PUSH_LEASE_MS,
    // The sender times out at PUSH_TIMEOUT_MS; the guard only catches a sender that never settles.
    sendGuardMs: env.PUSH_TIMEOUT_MS + 5_000,
    privatePayloads: env.PUSH_PRIVATE_PAYLOADS,
  };
}
