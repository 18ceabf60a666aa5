// A connection the server kills while it is lent out (a transaction or a Kysely statement holds it) must not crash
// the process: pg-pool listens for errors only on idle connections, and an 'error' event with no listener throws.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_URL, postgresReachable } from '../../test/databases';
import { withAdminClient } from '../../test/throwaway-database';
import { openPool } from './sql-client';

const reachable = await postgresReachable();

describe.skipIf(!reachable)('a lent pool connection killed by the server', () => {
  let pool: ReturnType<typeof openPool> | undefined;
  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });

  it('is reported to nobody, dropped on release, and the pool goes on', async () => {
    pool = openPool(ADMIN_URL, 2);
    const lent = await pool.connect();
    expect(lent.listenerCount('error')).toBeGreaterThan(0);
    const [{ pid }] = (await lent.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const ended = new Promise((resolve) => lent.once('end', resolve));
    await withAdminClient(ADMIN_URL, (c) => c.query('SELECT pg_terminate_backend($1)', [pid]));
    await ended; // without a listener the 'error' before it would have thrown out of the socket's handler
    lent.release();
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    expect(pool.totalCount).toBe(1);
  });
});
