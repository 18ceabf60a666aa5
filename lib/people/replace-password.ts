import 'server-only';
import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../audit/audit-actions';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { hashPassword } from '../passwords/password-hash';
import { kysely } from '../db/client';
import { clearSignInFailures } from '../rate-limit/sign-in-limits';
import { PersonNotFoundError } from './people-errors';
import { storePasswordHash } from './store-password-hash';

/** 16 URL-safe characters from 96 random bits: passes the sign-up policy and can be read out over the phone. */
export const generatePassword = () => randomBytes(12).toString('base64url');

/** Who set the password: an admin in the console, the person with an e-mailed link, the operator's command. */
export type ResetVia = 'admin' | 'link' | 'operator';

/**
 * Sets a new password, ends every session of the person, voids their "forgotten password" link and lifts a sign-in
 * lockout, in one step.
 */
export async function replacePassword(
  where: { id: string } | { email: string },
  password: string,
  by: { actor: AuditActor; via: ResetVia },
) {
  const passwordHash = await hashPassword(password);
  const [column, value] = 'id' in where ? (['id', where.id] as const) : (['email', where.email] as const);
  const person = await kysely()
    .transaction()
    .execute(async (trx) => {
      const found = await trx.selectFrom('User').select(['id', 'email']).where(column, '=', value).executeTakeFirst();
      if (!found) throw new PersonNotFoundError(JSON.stringify(where));
      await storePasswordHash(trx, found.id, passwordHash);
      await recordAuditEntry(trx, {
        actor: by.actor,
        action: 'auth.password_reset',
        target: { kind: 'user', id: found.id },
        details: { email: found.email, via: by.via },
      });
      return found;
    });
  await clearSignInFailures(person.email);
  return person;
}

/**
 * `npm run user:reset-password`: the operator, who holds the database itself, sets (or generates) a password.
 * No principal: like user:create, this runs outside any web request (and must not load Next's request code).
 */
export async function resetPasswordByEmail(opts: { email: string; password?: string }) {
  const password = opts.password ?? generatePassword();
  const person = await replacePassword({ email: opts.email.trim().toLowerCase() }, password, {
    actor: { kind: 'system', label: 'npm run user:reset-password' },
    via: 'operator',
  });
  return { email: person.email, password, generated: opts.password === undefined };
}
