import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DbConfig } from './config';

/** The few raw operations the migration runner and the dispatcher's hot paths need, on either database. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements separated by semicolons, no parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlSession {
  /** Runs fn on one connection (advisory locks and transactions are per connection). */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /** Runs fn inside BEGIN … COMMIT (ROLLBACK when it throws). */
  transaction<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: DbConfig['kind'];
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
    session: (fn) => {
      const run = queue.then(() => fn(s));
      queue = run.catch(() => undefined);
      return run;
    },
    // PGlite's own transaction() holds its exclusive lock, so Prisma's queries (same instance) cannot slip inside.
    transaction: (fn) =>
      db.transaction((tx) => fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never, exec: async (sql) => void (await tx.exec(sql)) })),
    close: () => db.close(),
  };
}

export function postgresSqlClient(pool: pg.Pool): SqlClient {
  // An idle connection killed by the server (restart, DROP DATABASE … FORCE) must not crash the process.
  if (pool.listenerCount('error') === 0) pool.on('error', () => undefined);
  return {
    kind: 'postgres',
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
    transaction: async (fn) => {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const s: SqlSession = {
          query: async (sql, params) => (await conn.query(sql, params)).rows,
          exec: async (sql) => void (await conn.query(sql)),
        };
        const result = await fn(s);
        await conn.query('COMMIT');
        return result;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A PostgreSQL pool behind the raw client alone: what a dispatcher process needs (no Prisma, no PGlite). */
export function openPostgresSqlClient(url: string, max = 4): SqlClient {
  return postgresSqlClient(new pg.Pool({ connectionString: url, max }));
}
