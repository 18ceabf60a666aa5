import 'server-only';
import { Prisma } from '../generated/prisma/client';

/**
 * Runs fn again once when it lost a race on a unique index (P2002): two requests inserting the same key both saw
 * "absent"; on the second try the winner's row is there and fn takes its update path.
 */
export async function retryOnUniqueViolation<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return fn();
    throw err;
  }
}
