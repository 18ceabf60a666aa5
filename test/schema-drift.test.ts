// Fails when prisma/schema.prisma and prisma/migrations disagree: the migrations, applied by the app's own runner to
// one empty database, must produce the same catalog as the SQL Prisma derives from the schema, applied to another.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../lib/db/migrate';
import { openSqlClient } from '../lib/db/client';
import type { SqlClient } from '../lib/db/sql-client';
import { ADMIN_URL, createThrowawayDatabase, postgresReachable } from './databases';

// CI checks the project out beside shared/, as here: ../shared/tools.
const TOOL = path.resolve('../shared/tools/prisma-migration-diff');
const SCHEMA = path.resolve('prisma/schema.prisma');

const missing = !existsSync(TOOL)
  ? `${TOOL} not found`
  : !(await postgresReachable())
    ? `PostgreSQL not reachable at ${ADMIN_URL}`
    : null;
if (missing) console.warn(`\n  ⚠ schema drift test SKIPPED: ${missing}\n`);

/** Everything about the public schema that a migration can get wrong, as sorted plain rows. */
async function readCatalog(c: SqlClient) {
  const rows = async (sql: string) => (await c.query(sql)).map((r) => Object.values(r).join(' | '));
  return {
    tables: await rows(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    ),
    columns: await rows(`
      SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
             CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END,
             coalesce(pg_get_expr(d.adbin, d.adrelid), '(no default)')
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
      ORDER BY 1, 2`),
    indexes: await rows(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    ),
    constraints: await rows(`
      SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.connamespace = 'public'::regnamespace AND c.relname <> '_prisma_migrations'
      ORDER BY 1, 2`),
    enums: await rows(`
      SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY 1 ORDER BY 1`),
  };
}

describe('schema drift', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const fn of cleanup.reverse()) await fn();
  });

  async function throwaway(): Promise<SqlClient> {
    const tmp = await createThrowawayDatabase();
    const client = openSqlClient({ kind: 'postgres', url: tmp.url });
    cleanup.push(tmp.drop, () => client.close());
    return client;
  }

  // The tool npm-installs Prisma 6 into /tmp on its first run (~20 s), then takes ~10 s.
  (missing ? it.skip : it)(
    'prisma/migrations produce exactly the database prisma/schema.prisma describes',
    async () => {
      const [migrated, fromSchema] = await Promise.all([throwaway(), throwaway()]);
      const [, { stdout: schemaSql }] = await Promise.all([
        runMigrations(migrated),
        promisify(execFile)('bash', [TOOL, 'empty', SCHEMA], {
          env: { ...process.env, DIFF_DATABASE_URL: ADMIN_URL },
          maxBuffer: 16 << 20,
        }),
      ]);
      expect(schemaSql).toMatch(/CREATE TABLE/);
      await fromSchema.exec(schemaSql);
      const [expected, actual] = await Promise.all([readCatalog(fromSchema), readCatalog(migrated)]);
      expect(expected.tables.length).toBeGreaterThan(0);
      // On failure the diff shows what to put in a new migration (or what to remove from schema.prisma).
      expect(actual).toEqual(expected);
    },
    240_000,
  );
});
