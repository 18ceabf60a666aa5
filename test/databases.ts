// Runs a suite on the embedded default (in-memory PGlite) and on a throw-away database of the local PostgreSQL.
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database } from '../lib/db/client';
import type { DbConfig } from '../lib/db/config';
import { runMigrations } from '../lib/db/migrate';
import { createThrowawayDatabase as createOnServer } from './throwaway-database';

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | undefined;
export function postgresReachable(): Promise<boolean> {
  return (reachable ??= (async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      return true;
    } catch {
      return false;
    }
  })());
}

/** Creates an empty database on the test server and returns its URL and a function that drops it. */
export const createThrowawayDatabase = () => createOnServer(ADMIN_URL);

export type DatabaseKind = 'pglite' | 'postgres';

/** A fresh, empty database of the given kind for one test (or one suite). */
export async function freshDatabaseConfig(kind: DatabaseKind): Promise<{ config: DbConfig; cleanup(): Promise<void> }> {
  if (kind === 'pglite') return { config: { kind: 'pglite', dataDir: 'memory://' }, cleanup: async () => {} };
  const tmp = await createThrowawayDatabase();
  return { config: { kind: 'postgres', url: tmp.url }, cleanup: tmp.drop };
}

/** The one throw-away database of the tests: fresh, migrated, opened (Prisma + query builder); close() drops it. */
export async function openMigratedDatabase(
  kind: DatabaseKind,
  opts: { poolSize?: number } = {},
): Promise<{ database: Database; close(): Promise<void> }> {
  const { config, cleanup } = await freshDatabaseConfig(kind);
  const database = openDatabase(config, opts);
  await runMigrations(database.sql);
  return {
    database,
    close: async () => {
      await database.close();
      await cleanup();
    },
  };
}

const pgUp = await postgresReachable();
if (!pgUp)
  console.warn(`\n  ⚠ PostgreSQL not reachable at ${ADMIN_URL}: PostgreSQL variants of database tests are SKIPPED\n`);

/** describe() once per database kind; the PostgreSQL one is skipped (visibly) when no server answers. */
export function describeEachDatabase(name: string, fn: (kind: DatabaseKind) => void) {
  describe(`${name} [PGlite]`, () => fn('pglite'));
  (pgUp ? describe : describe.skip)(`${name} [PostgreSQL]`, () => fn('postgres'));
}
