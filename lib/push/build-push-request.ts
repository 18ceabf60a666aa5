import { encryptForSubscription } from './encrypt-aes128gcm';
import type { PushOptions, PushTarget, PushUrgency } from './types';

const URGENCIES: ReadonlySet<PushUrgency> = new Set(['very-low', 'low', 'normal', 'high']);
const TOPIC = /^[A-Za-z0-9_-]{1,32}$/;

/** Caller mistakes (not data from a browser), so they throw instead of becoming a PushResult. */
export function assertPushOptions(options: PushOptions): void {
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds < 0)
    throw new TypeError(`ttlSeconds must be an integer ≥ 0, got ${options.ttlSeconds}`);
  if (options.urgency && !URGENCIES.has(options.urgency)) throw new TypeError(`unknown urgency ${options.urgency}`);
  if (options.topic !== undefined && !TOPIC.test(options.topic))
    throw new TypeError('topic must be 1–32 base64url characters (RFC 8030 §5.4)');
}

/** The RFC 8030 headers of one encrypted message. */
export function buildPushHeaders(
  bodyLength: number,
  options: PushOptions,
  authorization: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    TTL: String(options.ttlSeconds),
    Urgency: options.urgency ?? 'normal',
    'Content-Type': 'application/octet-stream',
    'Content-Encoding': 'aes128gcm',
    'Content-Length': String(bodyLength),
    Authorization: authorization,
  };
  if (options.topic) headers.Topic = options.topic;
  return headers;
}

/**
 * The RFC 8030 headers and the RFC 8291 aes128gcm body for one message, on the calling thread. Unusable subscription
 * keys (only ever from bad stored data) throw InvalidSubscriptionKeysError.
 */
export function buildPushRequest(target: PushTarget, payload: string, options: PushOptions, authorization: string) {
  assertPushOptions(options);
  const body = encryptForSubscription(target.p256dh, target.auth, payload);
  return { headers: buildPushHeaders(body.length, options, authorization), body };
}
