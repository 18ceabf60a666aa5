// The account commands (user:create, user:reset-password): parse arguments, open whichever database the
// configuration points at, migrate it, run one step, and turn every failure into one readable line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { assertDataDirFree } from '../lib/bootstrap/data-dir-lock';
import { describeDbError } from '../lib/bootstrap/describe-db-error';
import { describeDb, resolveDbConfig } from '../lib/db/config';
import { openDatabase, setDatabase } from '../lib/db/client';
import { runMigrations } from '../lib/db/migrate';
import { parseEnv, type Env } from '../lib/env';

export const stop = (line: string, code: number): never => {
  console.error(line);
  process.exit(code);
};

/** The command's options, or exit 2 with the usage line. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(options: O, usage: string) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (err) {
    return stop(`${(err as Error).message}. ${usage}`, 2);
  }
}

/** Runs fn on the configured database; `explain` names expected errors in one line (else the database's own). */
export async function runWithDatabase(
  fn: () => Promise<void>,
  explain: (err: unknown) => string | undefined,
): Promise<never> {
  let env: Env;
  try {
    env = parseEnv({ ...process.env, NODE_ENV: 'development' });
  } catch (err) {
    return stop((err as Error).message, 1);
  }
  const config = resolveDbConfig(env);
  let code = 0;
  try {
    // The embedded database has one owner at a time: refuse while the portal runs on it.
    if (config.kind === 'pglite') assertDataDirFree(env.CRIEUR_DATA_DIR);
    const database = openDatabase(config, { poolSize: 1 });
    setDatabase(database);
    try {
      await runMigrations(database.sql);
      await fn();
    } finally {
      await database.close();
    }
  } catch (err) {
    code = 1;
    console.error(explain(err) ?? describeDbError(err, describeDb(config)));
  }
  return process.exit(code);
}
