import 'server-only';
import { db } from '../db/client';
import { hashApiToken } from './token-hash';

export type ApiCaller = { id: string; name: string };

// lastUsedAt is for humans ("used 3 minutes ago"): writing it at most once a minute spares a write per request.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The active token with this secret, or null: unknown, revoked, or its creator deleted or no longer an admin — a
 * token acts for the administrator who created it, with their rights, and no longer than they hold them.
 */
export async function authenticateApiToken(secret: string): Promise<ApiCaller | null> {
  const row = await db().apiToken.findFirst({
    where: { tokenHash: hashApiToken(secret), revokedAt: null, createdBy: { is: { role: 'admin' } } },
    select: { id: true, name: true, lastUsedAt: true },
  });
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { id: row.id, name: row.name };
}
