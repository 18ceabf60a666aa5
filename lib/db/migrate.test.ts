import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase, freshDatabaseConfig } from '../../test/databases';
import { MigrationError, readMigrations, runMigrations, type Migration } from './migrate';
import { openSqlClient } from './client';
import type { SqlClient } from './sql-client';

const extra: Migration = {
  name: '99990101000000_extra',
  sql: 'CREATE TABLE "Extra" (id int primary key);',
  checksum: 'x'.repeat(64),
};

describeEachDatabase('migration runner', (kind) => {
  const open: Array<{ client: SqlClient; cleanup(): Promise<void> }> = [];
  afterEach(async () => {
    for (const o of open.splice(0)) {
      await o.client.close();
      await o.cleanup();
    }
  });
  async function fresh() {
    const { config, cleanup } = await freshDatabaseConfig(kind);
    const client = openSqlClient(config);
    open.push({ client, cleanup });
    return { client, config };
  }

  it('applies every migration to a fresh database and records it like Prisma Migrate', async () => {
    const { client } = await fresh();
    const all = await readMigrations();
    expect(await runMigrations(client)).toEqual(all.map((m) => m.name));
    const rows = await client.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      'SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toEqual(all.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 })));
    const tables = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Delivery'`,
    );
    expect(tables[0].n).toBe(1);
  });

  it('is a no-op when run again', async () => {
    const { client } = await fresh();
    await runMigrations(client);
    expect(await runMigrations(client)).toEqual([]);
  });

  it('lets one of two concurrent runners apply while the other waits', async () => {
    const { client, config } = await fresh();
    // PGlite is one in-process connection, so the second runner shares it; PostgreSQL gets a second connection.
    const other = kind === 'pglite' ? client : openSqlClient(config);
    try {
      const [a, b] = await Promise.all([runMigrations(client), runMigrations(other)]);
      const all = (await readMigrations()).map((m) => m.name);
      expect([a, b].sort((x, y) => y.length - x.length)).toEqual([all, []]);
    } finally {
      if (other !== client) await other.close();
    }
  });

  it('refuses to go on when an applied migration was changed', async () => {
    const { client } = await fresh();
    const all = await readMigrations();
    await runMigrations(client, { migrations: [...all, extra] });
    const edited = { ...extra, sql: extra.sql + '\n-- edited', checksum: 'y'.repeat(64) };
    await expect(runMigrations(client, { migrations: [...all, edited] })).rejects.toThrow(MigrationError);
    await expect(runMigrations(client, { migrations: [...all, edited] })).rejects.toThrow(
      /was changed after it was applied/,
    );
  });

  it('rolls a failing migration back entirely and records nothing', async () => {
    const { client } = await fresh();
    const all = await readMigrations();
    const broken: Migration = {
      name: '99990101000001_broken',
      sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();',
      checksum: 'z'.repeat(64),
    };
    await expect(runMigrations(client, { migrations: [...all, broken] })).rejects.toThrow(
      /99990101000001_broken failed and was rolled back/,
    );
    const half = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Half'`,
    );
    expect(half[0].n).toBe(0);
    const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(recorded).toHaveLength(0);
  });
});
