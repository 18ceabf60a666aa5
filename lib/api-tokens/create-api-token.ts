import 'server-only';
import { randomBytes } from 'node:crypto';
import { personActor } from '../audit/audit-actions';
import { runAuditedTransaction } from '../audit/run-audited-transaction';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { newId } from '../db/new-id';
import { API_TOKEN_PREFIX, hashApiToken } from './token-hash';

export type CreatedApiToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  /** Shown once, never stored. */ token: string;
};

/** A new token for another system, recorded as the admin's; only its sha256 is kept, so the secret is shown once. */
export async function createApiToken(admin: AdminPrincipal, opts: { name: string }): Promise<CreatedApiToken> {
  assertAdmin(admin);
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  // The first characters identify the token in the console without revealing it.
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const row = await runAuditedTransaction(
    (trx) =>
      trx
        .insertInto('ApiToken')
        .values({ id: newId(), name: opts.name, tokenHash: hashApiToken(token), prefix, createdById: admin.id })
        .returning(['id', 'name', 'prefix', 'createdAt'])
        .executeTakeFirstOrThrow(),
    (t) => ({
      actor: personActor(admin.id),
      action: 'token.create',
      target: { kind: 'token', id: t.id },
      details: { name: t.name, prefix: t.prefix },
    }),
  );
  return { ...row, token };
}
