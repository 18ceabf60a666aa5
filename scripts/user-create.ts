// `npm run user:create -- --email someone@example.org [--name "Name"] [--password …] [--admin]`
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { assertDataDirFree } from '../lib/bootstrap/data-dir-lock';
import { describeDbError } from '../lib/bootstrap/describe-db-error';
import { describeDb, resolveDbConfig } from '../lib/db/config';
import { openDatabase, setDatabase } from '../lib/db/client';
import { runMigrations } from '../lib/db/migrate';
import { parseEnv } from '../lib/env';
import { createUser, DuplicateEmailError } from '../lib/users/create-user';
import { signUpSchema } from '../lib/validation/user';

const USAGE = 'Usage: npm run user:create -- --email someone@example.org [--name "Full Name"] [--password …] [--admin]';
const stop = (line: string, code: number): never => {
  console.error(line);
  process.exit(code);
};

let values;
try {
  ({ values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, admin: { type: 'boolean', default: false } },
  }));
} catch (err) {
  stop(`${(err as Error).message}. ${USAGE}`, 2);
}
if (!values!.email) stop(USAGE, 2);
const password = values!.password ?? randomBytes(12).toString('base64url');
const input = signUpSchema.safeParse({ email: values!.email, name: values!.name ?? values!.email!.split('@')[0], password });
if (!input.success) stop(`Invalid input: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 2);

let env;
try {
  env = parseEnv({ ...process.env, NODE_ENV: 'development' });
} catch (err) {
  stop((err as Error).message, 1);
}
const config = resolveDbConfig(env!);
let code = 0;
try {
  if (config.kind === 'pglite') assertDataDirFree(env!.CRIEUR_DATA_DIR);
  const database = openDatabase(config, { poolSize: 1 });
  setDatabase(database);
  try {
    await runMigrations(database.sql);
    const user = await createUser({ ...input.data!, role: values!.admin ? 'admin' : 'citizen' });
    console.log(`Created ${user.role} ${user.email}${values!.password ? '' : ` with password ${password}`}`);
  } finally {
    await database.close();
  }
} catch (err) {
  code = 1;
  if (err instanceof DuplicateEmailError) console.error(`An account with the e-mail ${input.data!.email} already exists.`);
  else console.error(describeDbError(err, describeDb(config)));
}
process.exit(code);
