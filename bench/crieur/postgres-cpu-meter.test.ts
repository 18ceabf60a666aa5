import { describe, expect, it } from 'vitest';
import { createCpuLedger } from './postgres-cpu-meter';

describe('PostgreSQL CPU ledger', () => {
  it('counts each process from its first reading to its last', () => {
    const ledger = createCpuLedger();
    ledger.record([
      [10, 2.0],
      [11, 0.5],
    ]);
    ledger.record([
      [10, 2.5],
      [11, 0.75],
    ]);
    expect(ledger.total()).toBeCloseTo(0.75);
  });

  it('keeps what a process used after it exits (the pool closed its connection) and drops none of its baseline', () => {
    const ledger = createCpuLedger();
    ledger.record([
      [10, 2.09],
      [11, 1.0],
    ]);
    ledger.record([
      [10, 3.5],
      [11, 1.5],
    ]);
    // 10 is gone: not listed any more, or listed and read as 0 just after it exited.
    ledger.record([[11, 2.0]]);
    ledger.record([
      [10, 0],
      [11, 2.25],
    ]);
    expect(ledger.total()).toBeCloseTo(1.41 + 1.25);
  });

  it('counts all the CPU of a process first seen after the start (a connection opened during the phase)', () => {
    const ledger = createCpuLedger();
    ledger.record([[10, 5.0]]);
    ledger.record([
      [10, 5.0],
      [12, 0.3],
    ]);
    ledger.record([
      [10, 5.0],
      [12, 0.8],
    ]);
    expect(ledger.total()).toBeCloseTo(0.8);
  });
});
