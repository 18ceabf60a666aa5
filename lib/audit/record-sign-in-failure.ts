import 'server-only';
import { kysely } from '../db/client';
import { recordAuditEntry } from './record-audit-entry';

/**
 * A refused password sign-in, with the e-mail that was tried (never the password). Only attempts that got past the
 * brute-force limits reach here, so a flood of guesses costs the log a bounded number of rows.
 */
export async function recordSignInFailure(opts: { email: string; address: string }): Promise<void> {
  const email = opts.email.trim().toLowerCase().slice(0, 320);
  await recordAuditEntry(kysely(), {
    actor: { kind: 'anonymous', label: email },
    action: 'auth.signin_failed',
    details: { email },
    ip: opts.address,
  });
}
