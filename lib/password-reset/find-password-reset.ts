import 'server-only';
import { db } from '../db/client';
import { RESET_TOKEN_PATTERN } from '../validation/password-reset';
import { hashResetToken } from './reset-token';

/**
 * Whom a reset link is for while it works — known, unused, unexpired and the latest one asked for (a new request
 * replaces the row) — else null. Expired, used and unknown links are alike on purpose: one message for all.
 * No principal: holding the link is the proof, as it is for the e-mail it came in.
 */
export async function findPasswordReset(token: unknown): Promise<{ userId: string; email: string } | null> {
  if (typeof token !== 'string' || !RESET_TOKEN_PATTERN.test(token)) return null;
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { userId: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
  return { userId: row.userId, email: row.user.email };
}
