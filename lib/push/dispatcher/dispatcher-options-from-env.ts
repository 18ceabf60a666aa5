import type { Env } from '../../env';
import { reportSignerFromEnv } from '../receipts/report-token';
import type { DispatcherOptions } from './create-dispatcher';
import { DEFAULT_RETRY_POLICY } from './outcome';

/**
 * The dispatcher's settings from the environment
 * (PUSH_CONCURRENCY, PUSH_LEASE_MS, PUSH_TIMEOUT_MS, PUSH_MAX_ATTEMPTS, …).
 */
export function dispatcherOptionsFromEnv(env: Env): Omit<DispatcherOptions, 'sql' | 'sender' | 'logger'> {
  return {
    concurrency: env.PUSH_CONCURRENCY,
    leaseMs: env.PUSH_LEASE_MS,
    // The sender times out at PUSH_TIMEOUT_MS; the guard only catches a sender that never settles.
    sendGuardMs: env.PUSH_TIMEOUT_MS + 5_000,
    privatePayloads: env.PUSH_PRIVATE_PAYLOADS,
    origin: env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : null,
    reportSigner: reportSignerFromEnv(env),
    deviceExpiry: { unseenDays: env.PUSH_DEVICE_UNSEEN_DAYS, graceDays: env.PUSH_DEVICE_GRACE_DAYS },
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: env.PUSH_MAX_ATTEMPTS },
  };
}
