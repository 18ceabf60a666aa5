import 'server-only';
import { db } from '../db/client';

/** Every token, newest first, without its hash (the admin console's list). */
export function listApiTokens() {
  return db().apiToken.findMany({
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
    orderBy: { createdAt: 'desc' },
  });
}
