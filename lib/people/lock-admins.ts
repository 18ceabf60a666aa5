import 'server-only';
import { kysely } from '../db/client';
import type { QueryBuilder } from '../db/sql-client';
import { COUNT_ALL } from '../db/sql-expressions';
import type { Role } from '../generated/kysely/database';
import { LastAdminError, PersonNotFoundError } from './people-errors';

/**
 * Runs fn in a transaction that holds every administrator row, with the target person read inside it: two admins
 * demoting or deleting each other at the same moment are serialised, so the "one admin must remain" check cannot
 * pass twice on a stale count.
 */
export function withAdminsLocked<T>(
  userId: string,
  fn: (trx: QueryBuilder, person: { id: string; email: string; role: Role }) => Promise<T>,
) {
  return kysely()
    .transaction()
    .execute(async (trx) => {
      await trx.selectFrom('User').select('id').where('role', '=', 'admin').forUpdate().execute();
      const person = await trx
        .selectFrom('User')
        .select(['id', 'email', 'role'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!person) throw new PersonNotFoundError(userId);
      return fn(trx, person);
    });
}

/** Throws LastAdminError when the person is the only administrator left. */
export async function assertNotLastAdmin(trx: QueryBuilder, person: { role: string }) {
  if (person.role !== 'admin') return;
  const { n } = await trx
    .selectFrom('User')
    .select(COUNT_ALL.as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  if (n <= 1) throw new LastAdminError();
}
