// Timestamps are timestamptz: an instant written by Prisma or by our SQL reads back as the same instant whatever
// time zone the server, the database or the session defaults to, and the migration that introduced timestamptz kept
// the UTC values stored before it.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase, freshDatabaseConfig, type DatabaseKind } from '../../test/databases';
import { openDatabase } from './client';
import type { DbConfig } from './config';
import { readMigrations, runMigrations } from './migrate';
import { pgliteSqlClient, postgresSqlClient, type SqlClient } from './sql-client';

const ZONE = 'Pacific/Auckland'; // +13:00 in December: far from UTC, and with DST
const AT = new Date(Date.UTC(2026, 11, 24, 23, 30, 15, 123));
const AT_UTC_TEXT = '2026-12-24 23:30:15.123';

/** A database whose new sessions default to ZONE (as a server configured in local time would). */
async function databaseInZone(kind: DatabaseKind, cleanups: Array<() => Promise<void>>): Promise<DbConfig> {
  if (kind === 'postgres') {
    const { config, cleanup } = await freshDatabaseConfig(kind);
    cleanups.push(cleanup);
    const url = (config as { url: string }).url;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone = '${ZONE}'`);
    await c.end();
    return config;
  }
  // PGlite starts every instance in UTC, even after ALTER DATABASE … SET timezone: nothing to set up.
  return { kind: 'pglite', dataDir: 'memory://' };
}

/** A raw client on a fresh database whose sessions run in ZONE, with no pinning: as any other tool would connect. */
async function rawClientInZone(kind: DatabaseKind, cleanups: Array<() => Promise<void>>): Promise<SqlClient> {
  const { config, cleanup } = await freshDatabaseConfig(kind);
  cleanups.push(cleanup);
  let client: SqlClient;
  if (config.kind === 'postgres') {
    const url = new URL(config.url);
    url.searchParams.set('options', `-c TimeZone=${ZONE}`);
    client = postgresSqlClient(new pg.Pool({ connectionString: url.toString(), max: 1 }));
  } else {
    client = pgliteSqlClient(new PGlite(config.dataDir));
    await client.exec(`SET TIME ZONE '${ZONE}'`);
  }
  cleanups.push(() => client.close());
  return client;
}

const utcText = (sql: SqlClient, id: string) =>
  sql
    .query<{ t: string }>(
      `SELECT to_char("archivedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') AS t FROM "Topic" WHERE id = $1`,
      [id],
    )
    .then((rows) => rows[0].t);

describeEachDatabase('timestamptz', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn();
  });

  it('round-trips an instant exactly through Prisma and SQL when the database defaults to another zone', async () => {
    const database = openDatabase(await databaseInZone(kind, cleanups), { poolSize: 2 });
    cleanups.push(() => database.close());
    await runMigrations(database.sql);
    await database.prisma.topic.create({ data: { id: 't1', slug: 'a', name: 'A', archivedAt: AT } });
    await database.sql.query(`INSERT INTO "Topic" (id, slug, name, "archivedAt") VALUES ('t2', 'b', 'B', $1)`, [AT]);
    for (const id of ['t1', 't2']) {
      const viaPrisma = await database.prisma.topic.findUniqueOrThrow({ where: { id } });
      const [viaSql] = await database.sql.query<{ archivedAt: Date }>(
        `SELECT "archivedAt" FROM "Topic" WHERE id = $1`,
        [id],
      );
      expect(viaPrisma.archivedAt?.toISOString()).toBe(AT.toISOString());
      expect(new Date(viaSql.archivedAt).toISOString()).toBe(AT.toISOString());
      expect(await utcText(database.sql, id)).toBe(AT_UTC_TEXT);
    }
  });

  it('round-trips an instant through our SQL in a session set to another zone', async () => {
    const sql = await rawClientInZone(kind, cleanups);
    await runMigrations(sql);
    await sql.query(`INSERT INTO "Topic" (id, slug, name, "archivedAt") VALUES ('t', 'a', 'A', $1)`, [AT]);
    const [row] = await sql.query<{ archivedAt: Date; zone: string }>(
      `SELECT "archivedAt", current_setting('TimeZone') AS zone FROM "Topic" WHERE id = 't'`,
    );
    expect(row.zone).toBe(ZONE);
    expect(new Date(row.archivedAt).toISOString()).toBe(AT.toISOString());
    expect(await utcText(sql, 't')).toBe(AT_UTC_TEXT);
  });

  it('converts the UTC values stored before timestamptz without shifting them, whatever the session zone', async () => {
    const sql = await rawClientInZone(kind, cleanups);
    const all = await readMigrations();
    const at = all.findIndex((m) => m.name.endsWith('_timestamptz'));
    expect(at).toBeGreaterThan(0);
    await runMigrations(sql, { migrations: all.slice(0, at) });
    await sql.query(`INSERT INTO "Topic" (id, slug, name, "archivedAt") VALUES ('t', 'a', 'A', '${AT_UTC_TEXT}')`);
    await runMigrations(sql, { migrations: all });
    expect(await utcText(sql, 't')).toBe(AT_UTC_TEXT);
  });
});
