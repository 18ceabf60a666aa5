import 'server-only';
import { getEnv } from '../env';
import { lazyLimiter, limitKey } from './limiter';
import type { QuotaState } from './rate-limited-error';

// Counted in the shared database: several instances behind a load balancer grant one budget, not one each.
const apiLimiter = lazyLimiter(() => ({
  name: 'api-token',
  points: getEnv().API_REQUESTS_PER_MINUTE,
  windowSeconds: 60,
}));
const inboxLimiter = lazyLimiter(() => ({
  name: 'inbox-actions',
  points: getEnv().INBOX_ACTIONS_PER_MINUTE,
  windowSeconds: 60,
}));
const signUpLimiter = lazyLimiter(() => ({
  name: 'signup-address',
  points: getEnv().SIGNUPS_PER_ADDRESS_PER_HOUR,
  windowSeconds: 3600,
}));

// Devices report each push shown and opened. Counted per client address, generously: a mobile carrier's NAT may put
// many residents' devices behind one address during a fan-out, and a report refused here is only a lost report.
const receiptLimiter = lazyLimiter(() => ({
  name: 'push-receipts-address',
  points: PUSH_RECEIPTS_PER_ADDRESS_PER_MINUTE,
  windowSeconds: 60,
}));
export const PUSH_RECEIPTS_PER_ADDRESS_PER_MINUTE = 1200;

/** One shown/opened report from a client address (PUSH_RECEIPTS_PER_ADDRESS_PER_MINUTE). */
export const takeReceiptQuota = (address: string): Promise<QuotaState> => receiptLimiter().take(limitKey(address));

/** One request of an API token's budget (API_REQUESTS_PER_MINUTE), or RateLimitedError. */
export const takeApiQuota = (tokenId: string): Promise<QuotaState> => apiLimiter().take(tokenId);

/** One inbox action (read, acknowledge, forget) of a person's budget (INBOX_ACTIONS_PER_MINUTE). */
export const takeInboxQuota = (userId: string): Promise<QuotaState> => inboxLimiter().take(userId);

/** One account creation from a client address (SIGNUPS_PER_ADDRESS_PER_HOUR): checked before the password is hashed. */
export const takeSignUpQuota = (address: string): Promise<QuotaState> => signUpLimiter().take(limitKey(address));
