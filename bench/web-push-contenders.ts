// Contenders 2 and 3: what people write with the web-push library — a sequential loop (the Next.js PWA guide and
// the tutorials) and a promise pool. Stock options: global VAPID details, so every call signs a new JWT.
import https from 'node:https';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import webpush, { type PushSubscription } from 'web-push';
import type { VapidConfig } from '../lib/push/types';
import { throughput, type Throughput } from './crypto-limit';
import type { SubscriptionKeys } from './key-pool';

/**
 * web-push only speaks https.request (HTTP/1.1). Over TLS its agent is Node 20's https.globalAgent (keep-alive, lifo,
 * 5 s idle timeout) — what web-push uses by default — plus the receiver's certificate as `ca`. With --plain-http this
 * agent dials plain TCP and is otherwise the same.
 */
class PlainTcpAgent extends https.Agent {
  createConnection(options: net.NetConnectOpts): net.Socket {
    return net.createConnection(options);
  }
}

export type WebPushRun = Throughput & { errors: number; sampled: boolean };

type Target = { endpoint: string } & SubscriptionKeys;

function toSubscription(t: Target): PushSubscription {
  return { endpoint: t.endpoint, keys: { p256dh: t.p256dh, auth: t.auth } };
}

function setUp(vapid: VapidConfig, ca: string | undefined) {
  webpush.setVapidDetails(vapid.subject, vapid.publicKey, vapid.privateKey);
  const options = { keepAlive: true, scheduling: 'lifo' as const, timeout: 5000 };
  return ca ? new https.Agent({ ...options, ca }) : new PlainTcpAgent(options);
}

/** `for (s of subs) await webpush.sendNotification(s, payload)` over the first `sample` subscriptions. */
export async function measureSequential(
  targets: Target[],
  payload: string,
  vapid: VapidConfig,
  sample: number,
  ca?: string,
): Promise<WebPushRun> {
  const agent = setUp(vapid, ca);
  let errors = 0;
  const t0 = performance.now();
  for (const t of targets.slice(0, sample)) {
    await webpush.sendNotification(toSubscription(t), payload, { agent }).catch(() => errors++);
  }
  const run = throughput(sample, (performance.now() - t0) / 1000);
  agent.destroy();
  return { ...run, errors, sampled: sample < targets.length };
}

/** A promise pool: `concurrency` loops sharing one index, each awaiting its own sendNotification. */
export async function measurePool(
  targets: Target[],
  payload: string,
  vapid: VapidConfig,
  concurrency: number,
  ca?: string,
): Promise<WebPushRun> {
  const agent = setUp(vapid, ca);
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) {
        const t = targets[next++];
        await webpush.sendNotification(toSubscription(t), payload, { agent }).catch(() => errors++);
      }
    }),
  );
  const run = throughput(targets.length, (performance.now() - t0) / 1000);
  agent.destroy();
  return { ...run, errors, sampled: false };
}
