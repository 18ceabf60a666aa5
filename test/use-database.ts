// Gives each test of a suite a fresh, migrated database behind db() (for lib/ functions that use the singleton).
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, setDatabase, type Database } from '../lib/db/client';
import { runMigrations } from '../lib/db/migrate';
import { freshDatabaseConfig, type DatabaseKind } from './databases';

export function useFreshDatabase(kind: DatabaseKind): () => Database {
  let current: { database: Database; cleanup(): Promise<void> } | undefined;
  beforeEach(async () => {
    const { config, cleanup } = await freshDatabaseConfig(kind);
    const database = openDatabase(config, { poolSize: 4 });
    await runMigrations(database.sql);
    setDatabase(database);
    current = { database, cleanup };
  });
  afterEach(async () => {
    setDatabase(undefined);
    await current?.database.close();
    await current?.cleanup();
  });
  return () => current!.database;
}
