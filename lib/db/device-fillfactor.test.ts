// The device table keeps room on its pages (migration 20261203120000_device_fillfactor) so that the write each
// accepted push makes to its device (lastSuccessAt, failureCount, unshownSinceAt: no indexed column) is a HOT update.
import { sql as q } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase, freshDatabaseConfig } from '../../test/databases';
import { FAKE_AUTH, FAKE_P256DH } from '../../test/delivery-fixtures';
import { openSqlClient } from './client';
import { runMigrations } from './migrate';
import type { SqlClient } from './sql-client';

describeEachDatabase('device table storage', (kind) => {
  let done: (() => Promise<void>) | undefined;
  afterEach(async () => done?.());

  async function migrated(): Promise<SqlClient> {
    const { config, cleanup } = await freshDatabaseConfig(kind);
    const client = openSqlClient(config);
    done = async () => {
      await client.close();
      await cleanup();
    };
    await runMigrations(client);
    return client;
  }

  it('a success write to 200 devices in full pages is HOT for every one of them', async () => {
    const sql = await migrated();
    await sql.exec(`INSERT INTO "User" (id, email, name) VALUES ('u', 'u@test.crieur', 'U')`);
    // Endpoints as long as real ones (FCM's are ~190 characters), so that pages fill up.
    await sql.query(
      `INSERT INTO "PushSubscription" (id, "userId", endpoint, p256dh, auth, name)
       SELECT 'd' || g, 'u', 'https://fcm.googleapis.com/fcm/send/' || repeat(md5(g::text), 5), $1, $2, 'device ' || g
         FROM generate_series(1, 200) g`,
      [FAKE_P256DH, FAKE_AUTH],
    );
    // The transaction's own counters: exact at once, unlike the statistics views.
    const counts = await sql.kysely.transaction().execute(async (trx) => {
      await q`UPDATE "PushSubscription" SET "lastSuccessAt" = now(), "failureCount" = 0,
                     "unshownSinceAt" = coalesce("unshownSinceAt", now())`.execute(trx);
      const { rows } = await q<{ updated: number; hot: number }>`
        SELECT pg_stat_get_xact_tuples_updated('"PushSubscription"'::regclass)::int AS updated,
               pg_stat_get_xact_tuples_hot_updated('"PushSubscription"'::regclass)::int AS hot`.execute(trx);
      return rows[0];
    });
    expect(counts).toEqual({ updated: 200, hot: 200 });
  });
});
