import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import type { DbConfig } from './config';
import { postgresSqlClient, type SqlClient } from './sql-client';

// Kept apart from client.ts, which also loads PGlite (≈ 45 MB of WASM at import): a dispatcher process on
// PostgreSQL (`npm run worker`) opens its database from here and never pays for the embedded one.

export type Database = { prisma: PrismaClient; sql: SqlClient; config: DbConfig; close(): Promise<void> };

export function openPostgresDatabase(config: Extract<DbConfig, { kind: 'postgres' }>, opts: { poolSize?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: config.url, max: opts.poolSize ?? 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (err) => console.error(JSON.stringify({ level: 'warn', msg: 'idle database connection lost', error: String(err) })));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql = postgresSqlClient(pool);
  return { prisma, sql, config, close: async () => { await prisma.$disconnect(); await pool.end().catch(() => undefined); } };
}

// Next bundles each route separately: keep the process-wide handle on globalThis so all routes share it.
const g = globalThis as unknown as { __crieurDb?: Database };

export function currentDatabase(): Database | undefined {
  return g.__crieurDb;
}

/** For tests and scripts that open their own database. */
export function setDatabase(database: Database | undefined) {
  g.__crieurDb = database;
}
