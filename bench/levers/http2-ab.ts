// Lever A/B (issue 14): the sender's transport over the bench's TLS receiver, HTTP/1.1 keep-alive (today's
// https.Agent, as lib/push/push-agents.ts configures it) against one HTTP/2 session, same bodies and headers, same
// concurrency. Measures this process's CPU per message (process.cpuUsage): the transport's own cost, encryption left
// out (a fixed aes128gcm-sized body). A third column runs HTTP/2 with the dispatcher's lighter AsyncResource#bind
// (lib/push/lighten-async-resource-bind.ts), which Node's HTTP/2 client calls once per request.
// Run: node --import tsx bench/levers/http2-ab.ts [messages] [concurrency]
import { AsyncResource } from 'node:async_hooks';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { lightenAsyncResourceBind } from '../../lib/push/lighten-async-resource-bind';
import { startReceiver } from '../receiver-client';
import { createBenchCertificate } from '../tls';

const messages = Number(process.argv[2] ?? 5000);
const concurrency = Number(process.argv[3] ?? 256);
const body = Buffer.alloc(1177, 7); // the bench payload's encrypted size (1,074 bytes of JSON + 103)
const headers = {
  'content-type': 'application/octet-stream',
  'content-encoding': 'aes128gcm',
  ttl: '86400',
  urgency: 'normal',
  authorization: `vapid t=${'x'.repeat(300)}, k=${'k'.repeat(87)}`,
  'content-length': String(body.length),
};

type Post = (path: string) => Promise<number>;

function http1(origin: string, ca: string): { post: Post; close(): void } {
  const agent = new https.Agent({
    keepAlive: true,
    maxSockets: concurrency,
    maxFreeSockets: concurrency,
    scheduling: 'lifo',
    ca,
  });
  const post: Post = (p) =>
    new Promise((resolve, reject) => {
      const req = https.request(`${origin}${p}`, { method: 'POST', headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

function h2(origin: string, ca: string): { post: Post; close(): void } {
  const session = http2.connect(origin, { ca });
  const post: Post = (p) =>
    new Promise((resolve, reject) => {
      const stream = session.request({ ':method': 'POST', ':path': p, ...headers });
      let status = 0;
      stream.on('response', (h) => (status = Number(h[':status'])));
      stream.on('error', reject);
      stream.on('end', () => resolve(status));
      stream.resume();
      stream.end(body);
    });
  return { post, close: () => session.close() };
}

async function run(name: string, client: { post: Post; close(): void }) {
  let next = 0;
  let ok = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < messages) if ((await client.post(`/push/${next++}`)) === 201) ok++;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  client.close();
  if (ok !== messages) throw new Error(`${name}: ${ok} of ${messages} answered 201`);
  const us = (cpu.user + cpu.system) / messages;
  const rate = Math.round(messages / seconds)
    .toString()
    .padStart(6);
  console.log(`${name.padEnd(16)} ${rate} msgs/s  ${us.toFixed(1)} µs CPU/msg`);
}

const tls = await createBenchCertificate(path.join(os.tmpdir(), 'crieur-bench-h2-ab'));
const receiver = await startReceiver({ latencyMs: 50, tls });
try {
  for (let round = 0; round < 3; round++) {
    await run('http/1.1', http1(receiver.origin, tls.cert));
    await run('h2', h2(receiver.origin, tls.cert));
    const builtinBind = AsyncResource.prototype.bind;
    lightenAsyncResourceBind();
    await run('h2, light bind', h2(receiver.origin, tls.cert));
    AsyncResource.prototype.bind = builtinBind;
  }
  const s = await receiver.stats();
  console.log(`receiver: ${s.h2} over h2, ${s.http1} over http/1.1, ${s.invalid} malformed (bodies not encrypted)`);
} finally {
  await receiver.stop();
}
