import 'server-only';
import { beginSignInAttempt, finishSignInAttempt, type SignInAttempt } from '../rate-limit/sign-in-limits';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { verifyCredentials } from '../users/verify-credentials';
import { recordSignInFailure } from '../audit/record-sign-in-failure';

export type PasswordSignIn =
  | { kind: 'signed-in'; user: NonNullable<Awaited<ReturnType<typeof verifyCredentials>>> }
  | { kind: 'refused' }
  | { kind: 'locked'; retryAfterSeconds: number };

/**
 * One password sign-in under the brute-force limits: the attempt is taken from the account's and the address's
 * budgets first (unless the caller already took it), and only then is the password hashed.
 */
export async function passwordSignIn(opts: {
  email: string;
  password: string;
  address: string;
  attempt?: SignInAttempt;
}): Promise<PasswordSignIn> {
  let attempt = opts.attempt;
  if (!attempt) {
    try {
      attempt = await beginSignInAttempt({ email: opts.email, address: opts.address });
    } catch (err) {
      if (err instanceof RateLimitedError) return { kind: 'locked', retryAfterSeconds: err.retryAfterSeconds };
      throw err;
    }
  }
  const user = await verifyCredentials(opts.email, opts.password);
  await finishSignInAttempt(attempt, user !== null);
  if (!user) await recordSignInFailure({ email: opts.email, address: opts.address });
  return user ? { kind: 'signed-in', user } : { kind: 'refused' };
}
