// Starts test/worker-child.ts as a process of its own (see its header for the environment it reads).
import { spawn, type ChildProcess } from 'node:child_process';

export type WorkerChild = ChildProcess & { exited: Promise<number | null>; output: string[] };

export function startWorkerChild(url: string, env: Record<string, string>): WorkerChild {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'test/worker-child.ts'], {
    env: { ...process.env, DATABASE_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (b) => output.push(String(b)));
  child.stderr!.on('data', (b) => output.push(String(b)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return Object.assign(child, { exited, output });
}

/** The JSON log lines a worker child wrote, by message. */
export function logLinesOf(worker: WorkerChild): Array<{ level: string; msg: string } & Record<string, unknown>> {
  return worker.output
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}
