import os from 'node:os';

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  loadAtStart: number[];
  /** One-minute load average sampled every 5 s during the run (other work on the machine skews every number). */
  load?: { mean: number; max: number };
};

export function describeMachine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: os.totalmem() / 1e9,
    node: process.version,
    loadAtStart: os.loadavg(),
  };
}

/** Samples the one-minute load average until stopped; the result says how quiet the machine was. */
export function sampleLoad(everyMs = 5_000): () => { mean: number; max: number } {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(os.loadavg()[0]);
    return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, max: Math.max(...samples) };
  };
}
