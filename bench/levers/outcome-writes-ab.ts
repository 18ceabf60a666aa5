// Lever A/B (issue 14): PostgreSQL's cost of the outcome write (recordResults) when every push succeeds, for devices
// last reached 2 hours ago (their lastSuccessAt is written, as every success did before) against devices reached
// 10 minutes ago (left alone: LAST_SUCCESS_REFRESH_MS). The dispatcher's own batches (claims of 500, outcomes of 256),
// one connection, whose backend's CPU is read from /proc; the device rows written from pg_stat_user_tables.
// Run: node --conditions=react-server --import tsx bench/levers/outcome-writes-ab.ts [devices] [rounds]
import { openDatabase, setDatabase } from '../../lib/db/client';
import { runMigrations } from '../../lib/db/migrate';
import { createNotification } from '../../lib/notifications/create-notification';
import { claimDeliveries } from '../../lib/push/dispatcher/delivery-store';
import { recordResults } from '../../lib/push/dispatcher/record-results';
import { notificationInputSchema } from '../../lib/validation/notification';
import { createThrowawayDatabase } from '../crieur/postgres';
import { cpuSeconds } from '../crieur/proc-stats';
import { seedAudience } from '../crieur/seed';

const devices = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 3);
const CLAIM = 500;
const FLUSH = 256;

async function measure(reachedAgoMinutes: number) {
  const tmp = await createThrowawayDatabase();
  const database = openDatabase({ kind: 'postgres', url: tmp.url }, { poolSize: 1 });
  setDatabase(database);
  try {
    const { sql } = database;
    await runMigrations(sql);
    const keys = Array.from({ length: devices }, () => ({ p256dh: 'p', auth: 'a' }));
    await seedAudience(sql, {
      keys,
      citizens: devices,
      admins: 0,
      origin: 'https://push.test',
      vapidPublicKey: 'k',
      reachedAgoMinutes,
    });
    const input = notificationInputSchema.parse({ title: 'T', audience: { kind: 'role', role: 'citizen' } });
    await createNotification(input, { source: 'api' });
    const claimed = [];
    for (let batch; (batch = await claimDeliveries(sql, CLAIM, 600_000)).length;) claimed.push(...batch);
    const [{ pid }] = await sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const updates = async () => {
      await sql.query('SELECT pg_stat_force_next_flush()');
      const [row] = await sql.query<{ n: string }>(
        `SELECT n_tup_upd AS n FROM pg_stat_user_tables WHERE relname = 'PushSubscription'`,
      );
      return Number(row.n);
    };
    const before = { cpu: cpuSeconds(pid), updates: await updates(), at: performance.now() };
    for (let i = 0; i < claimed.length; i += FLUSH) {
      const results = claimed.slice(i, i + FLUSH).map((c) => ({
        id: c.id,
        claims: c.claims,
        outcome: { status: 'sent', code: 201 } as const,
        attempted: true,
        endpoint: c.endpoint,
      }));
      await recordResults(sql, results);
    }
    const ms = performance.now() - before.at;
    const cpuUs = ((cpuSeconds(pid) - before.cpu) * 1e6) / claimed.length;
    await new Promise((r) => setTimeout(r, 600)); // the stats of the last statements reach the collector
    const written = (await updates()) - before.updates;
    return { cpuUs, ms, written };
  } finally {
    setDatabase(undefined);
    await database.close();
    await tmp.drop();
  }
}

for (let round = 1; round <= rounds; round++) {
  for (const [name, minutes] of [
    ['reached 2 h ago (written)', 120],
    ['reached 10 min ago (skipped)', 10],
  ] as const) {
    const r = await measure(minutes);
    console.log(
      `round ${round} ${name.padEnd(30)} backend CPU ${r.cpuUs.toFixed(1).padStart(6)} µs/outcome, ` +
        `${(r.ms / 1000).toFixed(2)} s, device rows updated ${r.written}`,
    );
  }
}
