import 'server-only';
import { personActor } from '../audit/audit-actions';
import { assertAdmin, type AdminPrincipal } from '../principal/principal';
import { generatePassword, replacePassword } from './replace-password';

/** The admin console's "Reset password": a generated password, shown once to the admin, never stored in clear. */
export async function resetPersonPassword(admin: AdminPrincipal, opts: { userId: string }) {
  assertAdmin(admin);
  const password = generatePassword();
  const person = await replacePassword({ id: opts.userId }, password, { actor: personActor(admin.id), via: 'admin' });
  return { email: person.email, password };
}
