// The benchmark's PostgreSQL: a throw-away database per fan-out size on the local server, migrated with the app's
// own runner, dropped afterwards.
import type pg from 'pg';
import { createThrowawayDatabase as createOnServer, withAdminClient } from '../../test/throwaway-database';

export const ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export class PostgresUnreachableError extends Error {
  name = 'PostgresUnreachableError';
}

const admin = <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => withAdminClient(ADMIN_URL, fn);

/** Fails with a sentence saying what to start or set, instead of a stack trace from deep inside a contender. */
export async function assertPostgresReachable(): Promise<string> {
  try {
    return await admin(
      async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v,
    );
  } catch (err) {
    const where = new URL(ADMIN_URL);
    where.password = where.password ? '***' : '';
    throw new PostgresUnreachableError(
      `PostgreSQL is not reachable at ${where} (${(err as Error).message}). The Crieur contender needs a local ` +
        'PostgreSQL server that lets this user create databases: start it, or point BENCH_POSTGRES_URL at one.',
    );
  }
}

export const createThrowawayDatabase = () => createOnServer(ADMIN_URL, 'crieur_bench_');
