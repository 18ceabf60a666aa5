import 'server-only';
import { lazyLimiter } from '../rate-limit/limiter';

export const SUBSCRIPTION_CHANGES_PER_MINUTE = 30;

const limiter = lazyLimiter(() => ({
  name: 'subscription-changes',
  points: SUBSCRIPTION_CHANGES_PER_MINUTE,
  windowSeconds: 60,
}));

/**
 * Per-user budget for push subscription and preference changes (30 a minute, then 429 with Retry-After). The count
 * lives in the database, so every route bundle and every web instance spends the same budget.
 */
export function subscriptionChangeLimit() {
  return limiter();
}
