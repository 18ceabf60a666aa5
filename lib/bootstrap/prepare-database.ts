import { describeDb, resolveDbConfig } from '../db/config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import type { Env } from '../env';
import { assertDataDirFree } from './data-dir-lock';
import { describeDbError } from './describe-db-error';
import { seedDemoAccounts, seedTopics } from './seed';

export class StartupError extends Error {
  name = 'StartupError';
}

/** Migrates, then seeds an empty database; one readable StartupError for anything that goes wrong. */
export async function prepareDatabase(env: Env, opts: { seed: boolean; log: (line: string) => void }) {
  const config = resolveDbConfig(env);
  const where = describeDb(config);
  if (config.kind === 'pglite') assertDataDirFree(env.CRIEUR_DATA_DIR);
  const database = openDatabase(config, { poolSize: 2 });
  try {
    const applied = await runMigrations(database.sql);
    opts.log(
      applied.length
        ? `Database: ${where} — applied ${applied.length} migration(s): ${applied.join(', ')}`
        : `Database: ${where} — schema up to date`,
    );
    if (!opts.seed) return [];
    const topics = await seedTopics(database.prisma);
    if (topics) opts.log(`Seeded ${topics} topics`);
    return await seedDemoAccounts(database.prisma);
  } catch (err) {
    throw new StartupError(describeDbError(err, where));
  } finally {
    await database.close().catch(() => undefined);
  }
}
