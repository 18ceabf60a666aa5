import 'server-only';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter';

export const SUBSCRIPTION_CHANGES_PER_MINUTE = 30;

// Next bundles each route separately: the window lives on globalThis so all push routes count against one budget.
const g = globalThis as unknown as { __crieurSubscriptionLimit?: RateLimiter };

/** Per-user budget for push subscription and preference changes (30 a minute, then 429 with Retry-After). */
export function subscriptionChangeLimit(): RateLimiter {
  return (g.__crieurSubscriptionLimit ??= createRateLimiter({ limit: SUBSCRIPTION_CHANGES_PER_MINUTE, windowMs: 60_000 }));
}

/** For tests: start with a fresh window. */
export function resetSubscriptionChangeLimit() {
  g.__crieurSubscriptionLimit = undefined;
}
