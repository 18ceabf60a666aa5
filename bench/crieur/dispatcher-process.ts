// Runs the production dispatcher, `npm run worker` (scripts/start-worker.mjs: scripts/worker.ts, bundled), as its
// own process with the environment a deployment would give it, so its memory and CPU are its own to measure.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { VapidConfig } from '../../lib/push/types';
import { BENCH_ORIGIN } from '../payload';
import { cpuSeconds, memoryMb } from './proc-stats';

export type DispatcherProcess = {
  pid: number;
  /** CPU seconds this process has used so far. */
  cpuSeconds(): number;
  /** Peak resident set so far (kernel's high-water mark), MB. */
  peakRssMb(): number;
  /** SIGTERM, then waits for the graceful exit; returns the peak RSS read just before. */
  stop(): Promise<{ peakRssMb: number }>;
};

export type DispatcherEnv = {
  databaseUrl: string;
  receiverOrigin: string;
  vapid: VapidConfig;
  concurrency: number;
  profileDir?: string;
  /** The receiver's certificate file, trusted the way an operator adds a private CA: NODE_EXTRA_CA_CERTS. */
  caFile?: string;
};

export async function startDispatcher(o: DispatcherEnv): Promise<DispatcherProcess> {
  const nodeArgs = o.profileDir ? ['--cpu-prof', '--cpu-prof-dir', o.profileDir] : [];
  const entry = path.join(import.meta.dirname, '../../scripts/start-worker.mjs');
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: o.databaseUrl,
      PUSH_ENDPOINT_ALLOWLIST: o.receiverOrigin,
      PUSH_CONCURRENCY: String(o.concurrency),
      VAPID_PUBLIC_KEY: o.vapid.publicKey,
      VAPID_PRIVATE_KEY: o.vapid.privateKey,
      VAPID_SUBJECT: o.vapid.subject,
      NEXTAUTH_SECRET: 'bench-only-secret-not-used-here',
      LOG_LEVEL: 'info',
      // A public origin, as in production: the payload carries the declarative form too (Safari's), at its real size.
      NEXTAUTH_URL: BENCH_ORIGIN,
      ...(o.caFile ? { NODE_EXTRA_CA_CERTS: o.caFile } : {}),
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Its warnings and errors are the benchmark's business too; its routine progress lines are not.
  createInterface({ input: child.stderr! }).on('line', (line) => console.error(`[dispatcher] ${line}`));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"push dispatcher started"')) resolve();
    });
    void exited.then((code) => reject(new Error(`the dispatcher process exited (${code}) before it started`)));
  });
  const pid = child.pid!;
  return {
    pid,
    cpuSeconds: () => cpuSeconds(pid),
    peakRssMb: () => memoryMb(pid).peak,
    async stop() {
      const peakRssMb = memoryMb(pid).peak;
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`the dispatcher process exited with ${code}`);
      return { peakRssMb };
    },
  };
}
