import webpush from 'web-push';
import type { PushOptions, PushTarget, PushUrgency } from './types';

const URGENCIES: ReadonlySet<PushUrgency> = new Set(['very-low', 'low', 'normal', 'high']);
const TOPIC = /^[A-Za-z0-9_-]{1,32}$/;

export class InvalidSubscriptionKeysError extends Error {
  name = 'InvalidSubscriptionKeysError';
}

/** Caller mistakes (not data from a browser), so they throw instead of becoming a PushResult. */
export function assertPushOptions(options: PushOptions): void {
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds < 0) throw new TypeError(`ttlSeconds must be an integer ≥ 0, got ${options.ttlSeconds}`);
  if (options.urgency && !URGENCIES.has(options.urgency)) throw new TypeError(`unknown urgency ${options.urgency}`);
  if (options.topic !== undefined && !TOPIC.test(options.topic)) throw new TypeError('topic must be 1–32 base64url characters (RFC 8030 §5.4)');
}

/**
 * The RFC 8030 headers and the RFC 8291 aes128gcm body for one message. web-push's `encrypt` draws a fresh ephemeral
 * ECDH key and salt on every call, as RFC 8291 requires (reusing them would reuse the content-encryption key).
 */
export function buildPushRequest(target: PushTarget, payload: string, options: PushOptions, authorization: string) {
  assertPushOptions(options);
  let body: Buffer;
  try {
    body = webpush.encrypt(target.p256dh, target.auth, payload, 'aes128gcm').cipherText;
  } catch (err) {
    // A p256dh that is not a P-256 point, or an auth secret of the wrong size, only comes from bad stored data.
    throw new InvalidSubscriptionKeysError((err as Error).message);
  }
  const headers: Record<string, string> = {
    TTL: String(options.ttlSeconds),
    Urgency: options.urgency ?? 'normal',
    'Content-Type': 'application/octet-stream',
    'Content-Encoding': 'aes128gcm',
    'Content-Length': String(body.length),
    Authorization: authorization,
  };
  if (options.topic) headers.Topic = options.topic;
  return { headers, body };
}
