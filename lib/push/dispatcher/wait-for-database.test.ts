import { describe, expect, it } from 'vitest';
import type { SqlClient } from '../../db/sql-client';
import { waitForDatabase } from './wait-for-database';

describe('waitForDatabase', () => {
  it('tries again with backoff, logs the outage once and its end once', async () => {
    const w = { tries: 0, lines: [] as string[], delays: [] as number[] };
    const sql = {
      query: async () => {
        if (++w.tries < 6) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return [{ '?column?': 1 }];
      },
    } as unknown as SqlClient;
    const log = (_level: string, msg: string) => void w.lines.push(msg);
    const delayMs = (tries: number) => (w.delays.push(tries), 1);
    expect(await waitForDatabase(sql, { log, stopped: new AbortController().signal, delayMs })).toBe(true);
    expect(w.tries).toBe(6);
    expect(w.delays).toEqual([1, 2, 3, 4, 5]);
    expect(w.lines).toEqual(['connecting to the database failing', 'connecting to the database recovered']);
  });

  it('gives up at once when stopped (SIGTERM while waiting)', async () => {
    const sql = { query: async () => Promise.reject(new Error('down')) } as unknown as SqlClient;
    const stop = new AbortController();
    const waiting = waitForDatabase(sql, { log: () => {}, stopped: stop.signal, delayMs: () => 60_000 });
    await new Promise((r) => setTimeout(r, 20));
    const stoppedAt = Date.now();
    stop.abort();
    expect(await waiting).toBe(false);
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
  });
});
