import { randomBytes } from 'node:crypto';

/**
 * A collision-resistant, roughly time-ordered id shaped like Prisma's cuid() (25 lowercase base-36 characters
 * starting with "c"), for rows inserted with raw SQL where Prisma's client-side default does not run.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, '0').slice(-9);
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`)
    .toString(36)
    .padStart(16, '0')
    .slice(-15);
  return `c${time}${random}`;
}
