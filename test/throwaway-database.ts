// Throw-away PostgreSQL databases, for the tests and the benchmark alike (no test-runner imports here).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs fn on a short-lived connection to the server's administrative database. */
export async function withAdminClient<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database on the server of `adminUrl`; returns its URL and a function that drops it. */
export async function createThrowawayDatabase(
  adminUrl: string,
  prefix = 'crieur_test_',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () =>
      void (await withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
