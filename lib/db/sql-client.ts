import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../generated/kysely/database';
import type { DbConfig } from './config';
import { pgliteDialect } from './pglite-dialect';

/** Typed queries on the schema's tables (row types generated from prisma/schema.prisma by prisma-kysely). */
export type QueryBuilder = Kysely<DB>;

/** Raw statements without row types: the migration runner's SQL files, test fixtures. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements separated by semicolons, no parameters. */
  exec(sql: string): Promise<void>;
}

/** One pool or PGlite instance: the typed query builder, and raw statements for migrations. */
export interface SqlClient extends SqlSession {
  /** Runs fn on one connection (advisory locks and transactions are per connection). */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: DbConfig['kind'];
  /**
   * What lib/ queries with, on the pool Prisma also uses. Its transaction() is the one transaction API of lib/ and
   * app/: work that must commit together goes through that transaction's handle, never Prisma's $transaction, which
   * cannot hold Kysely work (lib/db/one-transaction-api.test.ts refuses it). Inside the callback, no db() or kysely():
   * on PostgreSQL they would run outside the transaction, on PGlite wait for its lock, i.e. forever.
   */
  readonly kysely: QueryBuilder;
}

export function pgliteSqlClient(db: PGlite): SqlClient {
  const s: SqlSession = {
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    exec: async (sql) => void (await db.exec(sql)),
  };
  // PGlite is one connection: queue sessions so their statements don't interleave.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...s,
    kind: 'pglite',
    kysely: new Kysely<DB>({ dialect: pgliteDialect(db) }),
    session: (fn) => {
      const run = queue.then(() => fn(s));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => db.close(),
  };
}

export function postgresSqlClient(pool: pg.Pool): SqlClient {
  // An idle connection killed by the server (restart, DROP DATABASE … FORCE) must not crash the process.
  if (pool.listenerCount('error') === 0) pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    kysely: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    exec: async (sql) => void (await pool.query(sql)),
    session: async (fn) => {
      const conn = await pool.connect();
      try {
        return await fn({
          query: async (sql, params) => (await conn.query(sql, params)).rows,
          exec: async (sql) => void (await conn.query(sql)),
        });
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

// Prisma's driver adapters (7.5, pg and PGlite) write a DateTime as a bare UTC wall-clock string and read a
// timestamptz by relabelling its offset "+00:00" (prisma/orm#26786): right only in a session whose TimeZone is UTC.
// A server or database defaulting to another zone would shift every time Prisma touches, so each session is pinned.
// (pg's and PGlite's own parsers read the offset: our SQL is right in any zone. PGlite always starts in UTC, even
// after ALTER DATABASE … SET timezone.)
export const PIN_SESSION_UTC = `SET TIME ZONE 'UTC'`;

/** A pg pool whose every connection runs in UTC (see above). */
export function openPool(url: string, max: number): pg.Pool {
  // pg-pool waits for onConnect before lending a new connection (a failure ends it and reaches the borrower).
  const pool = new pg.Pool({ connectionString: url, max, onConnect: (client) => client.query(PIN_SESSION_UTC) });
  // pg-pool listens for errors only on idle connections. A lent one (Kysely and Prisma borrow one per statement or
  // transaction) that the server kills emits 'error' with nobody listening, which kills the process. The error still
  // reaches the statement in flight, and release() drops the broken connection, so noting it here is enough.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** A PostgreSQL pool behind the raw client alone: what a dispatcher process needs (no Prisma, no PGlite). */
export function openPostgresSqlClient(url: string, max = 4): SqlClient {
  return postgresSqlClient(openPool(url, max));
}
