import 'server-only';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv } from '../env';
import { PrismaClient } from '../generated/prisma/client';
import { resolveDbConfig, type DbConfig } from './config';
import {
  openPool,
  openPostgresSqlClient,
  pgliteSqlClient,
  postgresSqlClient,
  type QueryBuilder,
  type SqlClient,
} from './sql-client';

export type Database = { prisma: PrismaClient; sql: SqlClient; config: DbConfig; close(): Promise<void> };

/** One PGlite instance (or one pg pool) shared by Prisma and the raw SQL paths. */
export function openDatabase(config: DbConfig, opts: { poolSize?: number } = {}): Database {
  if (config.kind === 'pglite') {
    if (!config.dataDir.includes('://')) mkdirSync(config.dataDir, { recursive: true });
    const lite = new PGlite(config.dataDir);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
    const sql = pgliteSqlClient(lite);
    return {
      prisma,
      sql,
      config,
      close: async () => {
        await prisma.$disconnect();
        await lite.close();
      },
    };
  }
  const pool = openPool(config.url, opts.poolSize ?? 10);
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (err) =>
    console.error(JSON.stringify({ level: 'warn', msg: 'idle database connection lost', error: String(err) })),
  );
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql = postgresSqlClient(pool);
  return {
    prisma,
    sql,
    config,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

// Next bundles each route separately: keep the process-wide handle on globalThis so all routes share it.
const g = globalThis as unknown as { __crieurDb?: Database };

export function getDatabase(): Database {
  return (g.__crieurDb ??= openDatabase(resolveDbConfig(getEnv())));
}

/** The Prisma client of this process (opened on first use, never at import: `next build` imports every route). */
export const db = (): PrismaClient => getDatabase().prisma;

/** The typed query builder of this process, on the same pool or PGlite instance as Prisma's client. */
export const kysely = (): QueryBuilder => getDatabase().sql.kysely;

/** For tests and scripts that open their own database. */
export function setDatabase(database: Database | undefined) {
  g.__crieurDb = database;
}

/** Only the raw SQL client (the migration runner's tests). */
export function openSqlClient(config: DbConfig): SqlClient {
  return config.kind === 'pglite' ? pgliteSqlClient(new PGlite(config.dataDir)) : openPostgresSqlClient(config.url);
}
