// Contender 1, the floor: per message only what no sender can skip — RFC 8291 encryption with a fresh ephemeral
// key, and the Authorization header of a VAPID JWT signed once per push-service origin with a key parsed once.
// No I/O, one core (this thread).
import { performance } from 'node:perf_hooks';
import { buildPushRequest } from '../lib/push/build-push-request';
import { checkPushEndpoint } from '../lib/push/endpoint-allowlist';
import { createVapidSigner } from '../lib/push/vapid-jwt';
import type { VapidConfig } from '../lib/push/types';
import { encryptAes128gcm } from '../lib/push/encrypt-aes128gcm';
import type { SubscriptionKeys } from './key-pool';

export type Throughput = { messages: number; seconds: number; perSecond: number; usPerMessage: number };

export const throughput = (messages: number, seconds: number): Throughput => ({
  messages,
  seconds,
  perSecond: messages / seconds,
  usPerMessage: (seconds * 1e6) / messages,
});

type Target = { endpoint: string } & SubscriptionKeys;

function time(messages: number, step: (i: number) => number): Throughput {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < messages; i++) sink += step(i);
  const seconds = (performance.now() - t0) / 1000;
  if (sink <= 0) throw new Error('nothing was encrypted');
  return throughput(messages, seconds);
}

export function measureCryptoLimit(
  targets: Target[],
  payload: string,
  vapid: VapidConfig,
  messages = targets.length,
): Throughput {
  const signer = createVapidSigner(vapid);
  const plaintext = Buffer.from(payload);
  return time(messages, (i) => {
    const t = targets[i % targets.length];
    const authorization = signer.authorization(t.endpoint.slice(0, t.endpoint.indexOf('/', 8)));
    const body = encryptAes128gcm(Buffer.from(t.p256dh, 'base64url'), Buffer.from(t.auth, 'base64url'), plaintext);
    return body.length + authorization.length;
  });
}

/**
 * The same work done the way Crieur's sender does it on one thread (allowlist check, lib/push/build-push-request:
 * headers and the same encryption), to show what the sender adds to the floor. Not one of the contenders.
 */
export function measureSenderEncryption(
  targets: Target[],
  payload: string,
  vapid: VapidConfig,
  messages = targets.length,
): Throughput {
  const signer = createVapidSigner(vapid);
  const allowlist = { hostPatterns: [], origins: new Set(targets.map((t) => new URL(t.endpoint).origin)) };
  const options = { ttlSeconds: 86_400, urgency: 'normal' as const, topic: 'eau-saint-michel' };
  return time(messages, (i) => {
    const t = targets[i % targets.length];
    const checked = checkPushEndpoint(t.endpoint, allowlist);
    if (!checked.ok) throw new Error(`endpoint refused: ${checked.reason}`);
    return buildPushRequest(t, payload, options, signer.authorization(checked.url.origin)).body.length;
  });
}
