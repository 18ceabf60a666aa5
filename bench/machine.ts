import os from 'node:os';

export type Machine = { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAtStart: number[] };

export function describeMachine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: os.totalmem() / 1e9,
    node: process.version,
    loadAtStart: os.loadavg(),
  };
}
