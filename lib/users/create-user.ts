import 'server-only';
import { db } from '../db/client';
import { DomainError } from '../errors/domain-error';
import { hashPassword } from '../passwords/password-hash';
import { publicAlertsFollow } from './follow-public-alerts';
import { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';

/** An account already has this e-mail address (compared without case). */
export class DuplicateEmailError extends DomainError {
  name = 'DuplicateEmailError';
  constructor(email: string) {
    super('email_taken', { fields: { email: 'email_taken' }, message: `${email} is taken` });
  }
}

export async function createUser(opts: {
  email: string;
  name: string;
  password: string;
  role?: Role;
  locale?: string;
}) {
  const [passwordHash, follows] = await Promise.all([hashPassword(opts.password), publicAlertsFollow()]);
  try {
    return await db().user.create({
      data: {
        email: opts.email.toLowerCase(),
        name: opts.name,
        passwordHash,
        role: opts.role ?? 'citizen',
        locale: opts.locale,
        ...follows,
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (err) {
    // The unique index is the arbiter: two sign-ups racing for one address get one row and one clear error.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
      throw new DuplicateEmailError(opts.email);
    throw err;
  }
}
