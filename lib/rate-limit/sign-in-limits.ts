import 'server-only';
import { getEnv } from '../env';
import { createLimiter, limitKey, type Limiter } from './limiter';
import { RateLimitedError } from './rate-limited-error';

/** A password check that was let through the limits; settle it with finishSignInAttempt once the hash answered. */
export type SignInAttempt = { account: string; address: string; lastBeforeLockout: boolean };

const DAY = 24 * 3600;

let limiters: { account: Limiter; address: Limiter; lockouts: Limiter } | undefined;
function signInLimiters() {
  if (limiters) return limiters;
  const env = getEnv();
  const window = env.SIGNIN_LOCKOUT_MINUTES * 60;
  return (limiters = {
    // Consecutive failures per account (any e-mail typed, known or not, so the answer reveals no account).
    account: createLimiter({ name: 'signin-account', points: env.SIGNIN_ACCOUNT_FAILURES, windowSeconds: window }),
    // Failures per client address, whichever accounts they aim at (password spraying).
    address: createLimiter({ name: 'signin-address', points: env.SIGNIN_ADDRESS_FAILURES, windowSeconds: window }),
    // Lockouts of one account in the last day: each one lasts twice as long as the one before.
    lockouts: createLimiter({ name: 'signin-lockouts', points: 1_000_000, windowSeconds: DAY }),
  });
}

/**
 * Spends one attempt of the account's and the address's budgets BEFORE the password is hashed, or throws
 * RateLimitedError: a refused attempt costs one counter update instead of an argon2 hash, and because the budget is
 * taken first (an atomic increment in the shared database), 30 attempts arriving at once let exactly the budget
 * through, on any number of instances.
 */
export async function beginSignInAttempt(opts: { email: string; address: string }): Promise<SignInAttempt> {
  const { account, address } = signInLimiters();
  const attempt = { account: limitKey(opts.email.trim().toLowerCase()), address: limitKey(opts.address) };
  const spent = await account.take(attempt.account);
  try {
    await address.take(attempt.address);
  } catch (err) {
    if (err instanceof RateLimitedError) await account.refund(attempt.account);
    throw err;
  }
  return { ...attempt, lastBeforeLockout: spent.remaining === 0 };
}

/** Success forgets the account's failures and gives the address its attempt back; a failure stays counted. */
export async function finishSignInAttempt(attempt: SignInAttempt, succeeded: boolean): Promise<void> {
  const { account, address, lockouts } = signInLimiters();
  if (succeeded) {
    await Promise.all([account.reset(attempt.account), address.refund(attempt.address)]);
    return;
  }
  if (!attempt.lastBeforeLockout) return;
  // The budget is spent: lock the account for the window, doubled for each earlier lockout today (at most a day).
  const today = await lockouts.take(attempt.account);
  const nth = today.limit - today.remaining;
  await account.block(attempt.account, lockoutSeconds(account.policy.windowSeconds, nth));
}

/** 15 min, 30 min, 1 h, 2 h… for the 1st, 2nd, 3rd, 4th lockout of a day, never more than a day. */
export const lockoutSeconds = (windowSeconds: number, nth: number) =>
  Math.min(DAY, windowSeconds * 2 ** Math.min(nth - 1, 16));

/** For tests: limits read from a changed environment. */
export function resetSignInLimiters() {
  limiters = undefined;
}

/** A new password was set by an administrator or the operator: the person may sign in at once. */
export async function clearSignInFailures(email: string): Promise<void> {
  const { account, lockouts } = signInLimiters();
  const key = limitKey(email.trim().toLowerCase());
  await Promise.all([account.reset(key), lockouts.reset(key)]);
}
