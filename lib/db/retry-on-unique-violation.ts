import 'server-only';
import { Prisma } from '../generated/prisma/client';

// SQLSTATE unique_violation, as pg and PGlite report it under Kysely; Prisma's client reports it as P2002.
const UNIQUE_VIOLATION = '23505';

const isUniqueViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError
    ? err.code === 'P2002'
    : err instanceof Error && (err as { code?: unknown }).code === UNIQUE_VIOLATION;

/**
 * Runs fn again once when it lost a race on a unique index: two requests inserting the same key both saw "absent";
 * on the second try the winner's row is there and fn takes its update path.
 */
export async function retryOnUniqueViolation<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) return fn();
    throw err;
  }
}
