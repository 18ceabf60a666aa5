import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlClient, SqlSession } from './sql-client';

// Same table and columns as Prisma Migrate, so `prisma migrate deploy` (where the native engine exists) and this
// runner can take turns on one database.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Arbitrary constant shared by every Crieur process: holders of this advisory lock may change the schema. */
const MIGRATION_LOCK = 72_616_233;

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations');

export class MigrationError extends Error {
  name = 'MigrationError';
}

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

// PGlite is a single connection, where an advisory lock is re-entrant: serialise runners of one process here too.
const inProcess = new WeakMap<SqlClient, Promise<unknown>>();

/** Applies pending migrations in order, each in its own transaction; returns the names it applied. */
export async function runMigrations(
  client: SqlClient,
  opts: { dir?: string; migrations?: Migration[] } = {},
): Promise<string[]> {
  const migrations = opts.migrations ?? (await readMigrations(opts.dir));
  const previous = inProcess.get(client) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(() =>
      client.session(async (s) => {
        await s.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        try {
          return await applyPending(s, migrations);
        } finally {
          await s.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        }
      }),
    );
  inProcess.set(client, run);
  return run;
}

async function applyPending(s: SqlSession, migrations: Migration[]): Promise<string[]> {
  await s.exec(CREATE_TABLE);
  const rows = await s.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ' +
      'WHERE rolled_back_at IS NULL',
  );
  const applied = new Map(rows.map((r) => [r.migration_name, r]));
  const done: string[] = [];
  for (const m of migrations) {
    const row = applied.get(m.name);
    if (row?.finished_at) {
      if (row.checksum !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.name} was changed after it was applied (checksum differs). ` +
            'Restore the file and add a new migration instead.',
        );
      }
      continue;
    }
    if (row)
      throw new MigrationError(
        `Migration ${m.name} failed earlier and needs manual attention (see _prisma_migrations.logs).`,
      );
    await applyOne(s, m);
    done.push(m.name);
  }
  return done;
}

async function applyOne(s: SqlSession, m: Migration) {
  await s.exec('BEGIN');
  try {
    await s.exec(m.sql);
    await s.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await s.exec('COMMIT');
  } catch (err) {
    await s.exec('ROLLBACK');
    throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(err as Error).message}`);
  }
}
