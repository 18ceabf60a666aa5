import 'server-only';
import type { SqlClient } from '../../db/sql-client';
import { NOW } from '../../db/sql-expressions';

/**
 * The upkeep job's share: test pushes past their lifetime. storeTestPush clears a person's own expired ones at their
 * next test; these are the ones of people who never test again. No device may fetch them any more (getTestPush
 * filters on expiry), so they are only a copy of a message kept for nothing. Returns how many were deleted.
 */
export async function deleteExpiredTestPushes(sql: SqlClient): Promise<number> {
  const { numDeletedRows } = await sql.kysely.deleteFrom('TestPush').where('expiresAt', '<=', NOW).executeTakeFirst();
  return Number(numDeletedRows);
}
