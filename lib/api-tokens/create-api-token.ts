import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '../db/client';
import { API_TOKEN_PREFIX, hashApiToken } from './token-hash';

export type CreatedApiToken = { id: string; name: string; prefix: string; createdAt: Date; /** Shown once, never stored. */ token: string };

/** A new token for another system; only its sha256 is kept, so the secret can be shown this once. */
export async function createApiToken(opts: { name: string; createdById?: string }): Promise<CreatedApiToken> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  // The first characters identify the token in the console without revealing it.
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const row = await db().apiToken.create({
    data: { name: opts.name, tokenHash: hashApiToken(token), prefix, createdById: opts.createdById ?? null },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}
