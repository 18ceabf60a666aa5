import 'server-only';
import { kysely } from '../../db/client';
import { NOW } from '../../db/sql-expressions';
import { assertUser, type UserPrincipal } from '../../principal/principal';
import type { FullPayload } from '../build-payload';

/** A test push's content for the person's device (the service worker shows it), or null: not theirs, or expired. */
export async function getTestPush(user: UserPrincipal, opts: { id: string }): Promise<FullPayload | null> {
  assertUser(user);
  const row = await kysely()
    .selectFrom('TestPush')
    .select('content')
    .where('id', '=', opts.id)
    .where('userId', '=', user.id)
    .where('expiresAt', '>', NOW)
    .executeTakeFirst();
  return row ? (JSON.parse(row.content) as FullPayload) : null;
}
