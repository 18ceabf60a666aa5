import { randomBytes } from 'node:crypto';
import { hashApiToken } from '../api-tokens/token-hash';

/** How long a reset link works: long enough to find the mail, short enough that an old mailbox is no key. */
export const RESET_TOKEN_MINUTES = 30;

/** A new token (32 random bytes, base64url: 43 characters) and the digest that is stored in its place. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashResetToken(token) };
}

// The same unsalted sha256 as API tokens: a 256-bit random secret needs no slow hash, and stays an indexed lookup.
export const hashResetToken = hashApiToken;

/** The link the e-mail carries. */
export const resetLink = (origin: string, token: string) => `${origin}/reset-password?token=${token}`;
