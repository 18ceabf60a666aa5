import 'server-only';
import { randomBytes } from 'node:crypto';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';

/**
 * A new session row for a sign-in that just succeeded (recorded in the audit log with the way in, `method`: the
 * next-auth provider); its id goes into the JWT cookie as `sid`.
 */
export async function createSession(opts: {
  userId: string;
  userAgent?: string | null;
  method?: string;
  address?: string;
}): Promise<string> {
  // The JWT is signed, so the id need not be secret; random anyway, so nothing about a session can be guessed.
  const id = randomBytes(24).toString('base64url');
  const userAgent = opts.userAgent?.slice(0, 400) ?? null;
  await runAuditedTransaction(
    (trx) => trx.insertInto('Session').values({ id, userId: opts.userId, userAgent }).execute(),
    () => ({
      actor: personActor(opts.userId),
      action: 'auth.signin',
      target: { kind: 'user', id: opts.userId },
      details: { method: opts.method ?? 'credentials' },
      ip: opts.address,
    }),
  );
  return id;
}
