// `npm run user:reset-password -- --email someone@example.org [--password …]`: sets a new password (generated and
// printed once when omitted), ends every session of the person and lifts a sign-in lockout.
import { PersonNotFoundError } from '../lib/people/people-errors';
import { resetPasswordByEmail } from '../lib/people/replace-password';
import { emailSchema, passwordSchema } from '../lib/validation/user';
import { parseCommandArgs, runWithDatabase, stop } from './run-with-database';

const USAGE = 'Usage: npm run user:reset-password -- --email someone@example.org [--password …]';
const values = parseCommandArgs({ email: { type: 'string' }, password: { type: 'string' } }, USAGE);
if (!values.email) stop(USAGE, 2);
const email = emailSchema.safeParse(values.email);
if (!email.success) stop(`Invalid input: email: ${email.error.issues[0].message}`, 2);
if (values.password !== undefined) {
  const password = passwordSchema.safeParse(values.password);
  const sameAsEmail = values.password.toLowerCase() === email.data;
  if (!password.success || sameAsEmail)
    stop(`Invalid input: password: ${sameAsEmail ? 'password_is_email' : password.error!.issues[0].message}`, 2);
}

await runWithDatabase(
  async () => {
    const r = await resetPasswordByEmail({ email: email.data!, password: values.password });
    console.log(
      `New password set for ${r.email}${r.generated ? `: ${r.password}` : ''} (all their sessions were ended)`,
    );
  },
  (err) => (err instanceof PersonNotFoundError ? `No account has the e-mail ${email.data}.` : undefined),
);
