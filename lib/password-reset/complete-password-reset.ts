import 'server-only';
import { personActor } from '../audit/audit-actions';
import { db } from '../db/client';
import { DomainError } from '../errors/domain-error';
import { replacePassword } from '../people/replace-password';
import { findPasswordReset } from './find-password-reset';
import { hashResetToken } from './reset-token';

/** Why a reset was refused: the link (expired, used, replaced or unknown), or the password (field code). */
export class PasswordResetError extends DomainError {
  name = 'PasswordResetError';
  constructor(code: 'invalid_token' | 'password_is_email') {
    super(code, { fields: code === 'password_is_email' ? { password: code } : undefined });
  }
}

/**
 * Sets the new password a reset link was for. The link is checked before anything is hashed (an unknown token costs
 * one indexed read, not an argon2 hash), then claimed with one conditional update, so of two submissions of the same
 * link exactly one goes on. replacePassword then ends every session of the person and lifts a sign-in lock-out.
 */
export async function completePasswordReset(opts: { token: string; password: string }): Promise<{ email: string }> {
  const reset = await findPasswordReset(opts.token);
  if (!reset) throw new PasswordResetError('invalid_token');
  if (opts.password.toLowerCase() === reset.email) throw new PasswordResetError('password_is_email');
  const now = new Date();
  const claimed = await db().passwordResetToken.updateMany({
    where: { tokenHash: hashResetToken(opts.token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new PasswordResetError('invalid_token');
  await replacePassword({ id: reset.userId }, opts.password, { actor: personActor(reset.userId), via: 'link' });
  return { email: reset.email };
}
