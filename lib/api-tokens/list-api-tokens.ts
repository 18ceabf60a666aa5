import 'server-only';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { db } from '../db/client';

/** Every token, newest first, without its hash (the admin console's list). */
export function listApiTokens(admin: AdminPrincipal) {
  assertAdmin(admin);
  return db().apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: { createdAt: 'desc' },
  });
}
