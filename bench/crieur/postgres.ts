// The benchmark's PostgreSQL: a throw-away database per fan-out size on the local server, migrated with the app's
// own runner, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export class PostgresUnreachableError extends Error {
  name = 'PostgresUnreachableError';
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Fails with a sentence saying what to start or set, instead of a stack trace from deep inside a contender. */
export async function assertPostgresReachable(): Promise<string> {
  try {
    return await admin(async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v);
  } catch (err) {
    const where = new URL(ADMIN_URL);
    where.password = where.password ? '***' : '';
    throw new PostgresUnreachableError(
      `PostgreSQL is not reachable at ${where} (${(err as Error).message}). The Crieur contender needs a local ` +
        'PostgreSQL server that lets this user create databases: start it, or point BENCH_POSTGRES_URL at one.',
    );
  }
}

export async function createThrowawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `crieur_bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

