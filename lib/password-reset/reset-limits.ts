import 'server-only';
import { getEnv } from '../env';
import { lazyLimiter, limitKey } from '../rate-limit/limiter';
import { RateLimitedError } from '../rate-limit/rate-limited-error';

const HOUR = 3600;
// Per e-mail typed, known or not (so a refusal reveals no account): one mailbox gets a handful of mails an hour.
const perEmail = lazyLimiter(() => ({
  name: 'reset-email',
  points: getEnv().PASSWORD_RESETS_PER_EMAIL_PER_HOUR,
  windowSeconds: HOUR,
}));
// Per client address, whatever the e-mails: one client cannot make the portal mail a list of addresses.
const perAddress = lazyLimiter(() => ({
  name: 'reset-address',
  points: getEnv().PASSWORD_RESETS_PER_ADDRESS_PER_HOUR,
  windowSeconds: HOUR,
}));

/** One "forgotten password" request of the e-mail's and the address's budgets, or RateLimitedError. */
export async function takePasswordResetQuota(opts: { email: string; address: string }): Promise<void> {
  const email = limitKey(opts.email);
  await perEmail().take(email);
  try {
    await perAddress().take(limitKey(opts.address));
  } catch (err) {
    // The request is refused as a whole: it must not use up the e-mail's budget either.
    if (err instanceof RateLimitedError) await perEmail().refund(email);
    throw err;
  }
}
