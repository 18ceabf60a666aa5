import 'server-only';
import { db } from '../db/client';

/** Revokes a token at once (its next request gets 401); false when it does not exist or was already revoked. */
export async function revokeApiToken(opts: { id: string }): Promise<boolean> {
  const r = await db().apiToken.updateMany({ where: { id: opts.id, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count === 1;
}
