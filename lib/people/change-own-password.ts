import 'server-only';
import { personActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { assertUser, type UserPrincipal } from '../principal/principal';
import { hashPassword, verifyPassword } from '../passwords/password-hash';
import { db, kysely } from '../db/client';
import { DomainError } from '../errors/domain-error';
import { beginSignInAttempt, finishSignInAttempt } from '../rate-limit/sign-in-limits';
import { storePasswordHash } from './store-password-hash';

/** Why a password change was refused, as a field code the settings form shows next to the field. */
export class PasswordChangeError extends DomainError {
  name = 'PasswordChangeError';
  constructor(
    readonly field: 'currentPassword' | 'newPassword',
    code: 'password_is_email' | 'wrong_current_password',
  ) {
    super(code, { fields: { [field]: code } });
  }
}

/**
 * Settings → Account → Change password. The current password is checked under the same brute-force limits as
 * sign-in (a stolen session must not become a password oracle); then every session of the person ends, this one
 * included, and they sign in again with the new password. A pending reset link dies too.
 */
export async function changeOwnPassword(
  user: UserPrincipal,
  opts: { currentPassword: string; newPassword: string; address: string },
) {
  assertUser(user);
  if (opts.newPassword.toLowerCase() === user.email.toLowerCase())
    throw new PasswordChangeError('newPassword', 'password_is_email');
  const attempt = await beginSignInAttempt({ email: user.email, address: opts.address });
  const row = await db().user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  const ok = Boolean(row?.passwordHash) && (await verifyPassword(row!.passwordHash!, opts.currentPassword));
  await finishSignInAttempt(attempt, ok);
  if (!ok) throw new PasswordChangeError('currentPassword', 'wrong_current_password');
  const passwordHash = await hashPassword(opts.newPassword);
  await kysely()
    .transaction()
    .execute(async (trx) => {
      await storePasswordHash(trx, user.id, passwordHash);
      await recordAuditEntry(trx, {
        actor: personActor(user.id),
        action: 'auth.password_change',
        target: { kind: 'user', id: user.id },
        ip: opts.address,
      });
    });
}
