// `npm run user:create -- --email someone@example.org [--name "Name"] [--password …] [--admin]`
import { generatePassword } from '../lib/people/replace-password';
import { createUser, DuplicateEmailError } from '../lib/users/create-user';
import { signUpSchema } from '../lib/validation/user';
import { parseCommandArgs, runWithDatabase, stop } from './run-with-database';

const USAGE = 'Usage: npm run user:create -- --email someone@example.org [--name "Full Name"] [--password …] [--admin]';
const values = parseCommandArgs(
  {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    admin: { type: 'boolean', default: false },
  },
  USAGE,
);
if (!values.email) stop(USAGE, 2);
const password = values.password ?? generatePassword();
const input = signUpSchema.safeParse({
  email: values.email,
  name: values.name ?? values.email!.split('@')[0],
  password,
});
if (!input.success)
  stop(`Invalid input: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 2);

await runWithDatabase(
  async () => {
    const user = await createUser({ ...input.data!, role: values.admin ? 'admin' : 'citizen' });
    console.log(`Created ${user.role} ${user.email}${values.password ? '' : ` with password ${password}`}`);
  },
  (err) =>
    err instanceof DuplicateEmailError ? `An account with the e-mail ${input.data!.email} already exists.` : undefined,
);
