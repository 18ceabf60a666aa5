// Gives a suite one migrated database behind db() (for lib/ functions that use the singleton), emptied before each
// test: opening and migrating a database per test would cost a second or two each on PGlite.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, setDatabase, type Database } from '../lib/db/client';
import { runMigrations } from '../lib/db/migrate';
import { freshDatabaseConfig, type DatabaseKind } from './databases';

export function useMigratedDatabase(kind: DatabaseKind): () => Database {
  let current: { database: Database; cleanup(): Promise<void> } | undefined;
  beforeAll(async () => {
    const { config, cleanup } = await freshDatabaseConfig(kind);
    const database = openDatabase(config, { poolSize: 4 });
    await runMigrations(database.sql);
    setDatabase(database);
    current = { database, cleanup };
  });
  beforeEach(async () => {
    const tables = await current!.database.sql.query<{ t: string }>(
      `SELECT format('%I', tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    await current!.database.sql.exec(`TRUNCATE ${tables.map((r) => r.t).join(', ')} RESTART IDENTITY CASCADE`);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await current?.database.close();
    await current?.cleanup();
  });
  return () => current!.database;
}
