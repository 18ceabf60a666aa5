import 'server-only';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv } from '../env';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { resolveDbConfig, type DbConfig } from './config';
import { currentDatabase, openPostgresDatabase, setDatabase, type Database } from './database';
import { pgliteSqlClient, postgresSqlClient, type SqlClient } from './sql-client';

export { setDatabase, type Database };

/** One PGlite instance (or one pg pool) shared by Prisma and the raw SQL paths. */
export function openDatabase(config: DbConfig, opts: { poolSize?: number } = {}): Database {
  if (config.kind === 'postgres') return openPostgresDatabase(config, opts);
  if (!config.dataDir.includes('://')) mkdirSync(config.dataDir, { recursive: true });
  const lite = new PGlite(config.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  const sql = pgliteSqlClient(lite);
  return { prisma, sql, config, close: async () => { await prisma.$disconnect(); await lite.close(); } };
}

/** Only the raw SQL client (the migration runner, tests). */
export function openSqlClient(config: DbConfig): SqlClient {
  return config.kind === 'pglite' ? pgliteSqlClient(new PGlite(config.dataDir)) : postgresSqlClient(new pg.Pool({ connectionString: config.url, max: 4 }));
}

export function getDatabase(): Database {
  const current = currentDatabase();
  if (current) return current;
  const opened = openDatabase(resolveDbConfig(getEnv()));
  setDatabase(opened);
  return opened;
}

/** The Prisma client of this process (opened on first use, never at import: `next build` imports every route). */
export const db = (): PrismaClient => getDatabase().prisma;
