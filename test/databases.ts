// Runs a suite on the embedded default (in-memory PGlite) and on a throw-away database of the local PostgreSQL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import type { DbConfig } from '../lib/db/config';

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

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database and returns its URL and a function that drops it. */
export async function createThrowawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `crieur_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export type DatabaseKind = 'pglite' | 'postgres';

/** A fresh, empty database of the given kind for one test (or one suite). */
export async function freshDatabaseConfig(kind: DatabaseKind): Promise<{ config: DbConfig; cleanup(): Promise<void> }> {
  if (kind === 'pglite') return { config: { kind: 'pglite', dataDir: 'memory://' }, cleanup: async () => {} };
  const tmp = await createThrowawayDatabase();
  return { config: { kind: 'postgres', url: tmp.url }, cleanup: tmp.drop };
}

const pgUp = await postgresReachable();
if (!pgUp) console.warn(`\n  ⚠ PostgreSQL not reachable at ${ADMIN_URL}: PostgreSQL variants of database tests are SKIPPED\n`);

/** describe() once per database kind; the PostgreSQL one is skipped (visibly) when no server answers. */
export function describeEachDatabase(name: string, fn: (kind: DatabaseKind) => void) {
  describe(`${name} [PGlite]`, () => fn('pglite'));
  (pgUp ? describe : describe.skip)(`${name} [PostgreSQL]`, () => fn('postgres'));
}
