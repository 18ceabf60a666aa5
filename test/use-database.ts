// Gives a suite one migrated database behind db() (for lib/ functions that use the singleton), emptied before each
// test: opening and migrating a database per test would cost a second or two each on PGlite.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setDatabase, type Database } from '../lib/db/client';
import { openMigratedDatabase, type DatabaseKind } from './databases';

export function useMigratedDatabase(kind: DatabaseKind): () => Database {
  let current: { database: Database; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    current = await openMigratedDatabase(kind, { poolSize: 4 });
    setDatabase(current.database);
  });
  beforeEach(async () => {
    const tables = await current!.database.sql.query<{ t: string }>(
      `SELECT format('%I', tablename) AS t FROM pg_tables WHERE schemaname = 'public'
       AND tablename <> '_prisma_migrations'`,
    );
    await current!.database.sql.exec(`TRUNCATE ${tables.map((r) => r.t).join(', ')} RESTART IDENTITY CASCADE`);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await current?.close();
  });
  return () => current!.database;
}
