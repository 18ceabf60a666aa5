import 'server-only';
import { kysely } from '../../db/client';
import { newId } from '../../db/new-id';
import { NOW } from '../../db/sql-expressions';
import { assertUser, type UserPrincipal } from '../../principal/principal';
import type { FullPayload } from '../build-payload';

/**
 * Keeps a test push's content for its lifetime, for the device to fetch (PUSH_PRIVATE_PAYLOADS=1: only the id is
 * pushed); returns that id. The person's expired tests go in the same step, so the table holds a few rows at most.
 */
export async function storeTestPush(
  user: UserPrincipal,
  opts: { content: FullPayload; expiresAt: Date },
): Promise<string> {
  assertUser(user);
  const id = newId();
  await kysely()
    .transaction()
    .execute(async (tx) => {
      await tx.deleteFrom('TestPush').where('userId', '=', user.id).where('expiresAt', '<=', NOW).execute();
      await tx
        .insertInto('TestPush')
        .values({ id, userId: user.id, content: JSON.stringify(opts.content), expiresAt: opts.expiresAt })
        .execute();
    });
  return id;
}
