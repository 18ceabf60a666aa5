import 'server-only';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { LastAdminError, PersonNotFoundError } from './people-errors';

type Tx = Prisma.TransactionClient;

/**
 * Runs fn in a transaction that holds every administrator row, with the target person read inside it: two admins
 * demoting or deleting each other at the same moment are serialised, so the "one admin must remain" check cannot
 * pass twice on a stale count.
 */
export function withAdminsLocked<T>(
  userId: string,
  fn: (tx: Tx, person: { id: string; email: string; role: string }) => Promise<T>,
) {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE "role" = 'admin' FOR UPDATE`;
    const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!person) throw new PersonNotFoundError(userId);
    return fn(tx, person);
  });
}

/** Throws LastAdminError when the person is the only administrator left. */
export async function assertNotLastAdmin(tx: Tx, person: { role: string }) {
  if (person.role !== 'admin') return;
  if ((await tx.user.count({ where: { role: 'admin' } })) <= 1) throw new LastAdminError();
}
