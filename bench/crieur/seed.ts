// The audience, bulk-inserted: `n` citizens with one device each (endpoints <receiver>/push/<i>) and a few admins
// whose devices (<receiver>/lat/<i>) the idle-queue latency probe targets one at a time.
import type { SqlClient } from '../../lib/db/sql-client';
import type { SubscriptionKeys } from '../key-pool';

export const LATENCY_PATH = '/lat/';
export const latencyUserId = (i: number) => `bench-admin-${i}`;

export async function seedAudience(
  sql: SqlClient,
  o: {
    keys: SubscriptionKeys[];
    citizens: number;
    admins: number;
    origin: string;
    vapidPublicKey: string;
    /** The citizens' devices were last reached this long ago (a portal's second notification), null: never. */
    reachedAgoMinutes: number | null;
  },
) {
  const devices = async (
    prefix: string,
    role: 'citizen' | 'admin',
    path: string,
    count: number,
    keys: SubscriptionKeys[],
    reachedAgoMinutes: number | null = null,
  ) => {
    await sql.query(
      `INSERT INTO "User" (id, email, name, role)
       SELECT $1 || i, $1 || i || '@bench.crieur.example', 'Bench ' || i, $2::"Role"
         FROM generate_series(0, $3::int - 1) i`,
      [prefix, role, count],
    );
    await sql.query(
      `INSERT INTO "PushSubscription"
              (id, "userId", endpoint, p256dh, auth, name, "vapidPublicKey", "userAgent", "lastSuccessAt")
       SELECT $1 || 'd' || (k.o - 1), $1 || (k.o - 1), $2 || (k.o - 1), k.p256dh, k.auth, 'Bench browser', $5,
              'crieur-bench', now() - $6::int * interval '1 minute'
         FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS k(p256dh, auth, o)`,
      [
        prefix,
        `${o.origin}${path}`,
        keys.map((k) => k.p256dh),
        keys.map((k) => k.auth),
        o.vapidPublicKey,
        reachedAgoMinutes,
      ],
    );
  };
  await devices('bench-citizen-', 'citizen', '/push/', o.citizens, o.keys.slice(0, o.citizens), o.reachedAgoMinutes);
  await devices('bench-admin-', 'admin', LATENCY_PATH, o.admins, o.keys.slice(o.citizens, o.citizens + o.admins));
  // A production table has statistics; the planner should see this one as it would be in a real portal.
  await sql.exec('VACUUM ANALYZE');
}
