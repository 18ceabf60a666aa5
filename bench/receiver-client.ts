// Starts bench/receiver.ts as a child process and talks to its control endpoints.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BenchCertificate } from './tls';

export type ReceiverStats = {
  requests: number;
  valid: number;
  invalid: number;
  bytes: number;
  /** Requests that came over HTTP/2 and over HTTP/1.1: which protocol each sender negotiated. */
  h2: number;
  http1: number;
  cpuUserUs: number;
  cpuSystemUs: number;
  at: number;
  rssMb: number;
};

export type Receiver = {
  origin: string;
  /** The receiver's certificate when it serves HTTPS (senders trust it through their agent's `ca`). */
  tls?: BenchCertificate;
  stats(): Promise<ReceiverStats>;
  /** Resolves with the arrival time (ms, wall clock) of the first push POSTed to `path`. */
  arrival(path: string): Promise<number>;
  /** Resolves once the receiver has answered `count` requests in total. */
  waitForRequests(count: number, opts?: { pollMs?: number; stallMs?: number }): Promise<ReceiverStats>;
  stop(): Promise<void>;
};

function getJson<T>(url: string, agent: http.Agent): Promise<T> {
  return new Promise((resolve, reject) => {
    (url.startsWith('https:') ? https : http)
      .get(url, { agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(JSON.parse(text) as T) : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

export async function startReceiver(opts: {
  latencyMs: number;
  tls?: BenchCertificate;
  /** SETTINGS_MAX_CONCURRENT_STREAMS of its HTTP/2 connections (the receiver's own default otherwise). */
  maxStreams?: number;
}): Promise<Receiver> {
  const tlsArgs = opts.tls ? ['--tls-cert', opts.tls.certFile, '--tls-key', opts.tls.keyFile] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'receiver.ts'),
      '--latency-ms',
      String(opts.latencyMs),
      ...(opts.maxStreams ? ['--max-streams', String(opts.maxStreams)] : []),
      ...tlsArgs,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Its own agent: control calls must never queue behind the contenders' sockets.
  const base = { keepAlive: true, maxSockets: 4 };
  const controlAgent = opts.tls ? new https.Agent({ ...base, ca: opts.tls.cert }) : new http.Agent(base);
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code}) before listening`)));
  });
  const origin = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const stats = () => getJson<ReceiverStats>(`${origin}/stats`, controlAgent);
  return {
    origin,
    tls: opts.tls,
    stats,
    arrival: (p) =>
      getJson<{ at: number }>(`${origin}/wait?path=${encodeURIComponent(p)}`, controlAgent).then((r) => r.at),
    async waitForRequests(count, { pollMs = 50, stallMs = 60_000 } = {}) {
      let last = await stats();
      let progressAt = Date.now();
      while (last.requests < count) {
        await new Promise((r) => setTimeout(r, pollMs));
        const s = await stats();
        if (s.requests > last.requests) progressAt = Date.now();
        else if (Date.now() - progressAt > stallMs)
          throw new Error(
            `the receiver got ${s.requests} of ${count} requests and nothing more for ${stallMs / 1000} s`,
          );
        last = s;
      }
      return last;
    },
    async stop() {
      controlAgent.destroy();
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The receiver's share of one core between two stats snapshots. */
export function receiverCpuShare(a: ReceiverStats, b: ReceiverStats): number {
  const cpuMs = (b.cpuUserUs + b.cpuSystemUs - a.cpuUserUs - a.cpuSystemUs) / 1000;
  return cpuMs / Math.max(1, b.at - a.at);
}
