// PostgreSQL's CPU during a phase, from /proc. Read only at the start and the end, a backend that exits in between
// (a connection pool closes idle ones after 10 s) would drop out of the sum with all it did, and take its earlier
// CPU with it: seen at n = 100,000, where the bench's own connection, idle while the pushes went out, closed
// mid-phase and PostgreSQL was reported at 27 µs per message instead of ≈ 75. So the processes are read every
// `everyMs`, and one that is gone keeps its last reading.
import type { SqlClient } from '../../lib/db/sql-client';
import { cpuSeconds } from './proc-stats';

export type CpuReading = [pid: number, seconds: number];

/** CPU seconds per process from its first reading to its last; a process first seen after the start began within. */
export function createCpuLedger() {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let started = false;
  return {
    record(readings: CpuReading[]) {
      for (const [pid, seconds] of readings) {
        if (!first.has(pid)) first.set(pid, started ? 0 : seconds);
        // A process read just after it exited reads 0: keep what it had.
        last.set(pid, Math.max(last.get(pid) ?? 0, seconds));
      }
      started = true;
    },
    total: () => [...last].reduce((sum, [pid, seconds]) => sum + seconds - first.get(pid)!, 0),
  };
}

/** PostgreSQL processes doing this run's work: the bench database's backends and the server's background workers. */
async function postgresPids(sql: SqlClient): Promise<number[]> {
  const rows = await sql.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR backend_type <> 'client backend'`,
  );
  return rows.map((r) => r.pid);
}

/** Starts reading; stop() returns the CPU seconds those processes used since. */
export async function startPostgresCpuMeter(sql: SqlClient, everyMs = 200): Promise<{ stop(): Promise<number> }> {
  const ledger = createCpuLedger();
  const read = async () => ledger.record((await postgresPids(sql)).map((pid): CpuReading => [pid, cpuSeconds(pid)]));
  await read();
  let reading = Promise.resolve();
  const timer = setInterval(() => {
    reading = reading.then(read).catch(() => undefined);
  }, everyMs);
  timer.unref(); // a phase that throws must not keep the bench alive
  return {
    async stop() {
      clearInterval(timer);
      await reading;
      await read();
      return ledger.total();
    },
  };
}
