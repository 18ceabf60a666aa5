import 'server-only';
import { db } from '../db/client';
import { burnPasswordCheck, verifyPassword } from '../passwords/password-hash';

/** The user for this e-mail and password, or null — the same null, in about the same time, for both failure kinds. */
export async function verifyCredentials(email: string, password: string) {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const { passwordHash: _, ...rest } = user;
  return rest;
}
