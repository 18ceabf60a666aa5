// RFC 8291 message encryption (aes128gcm, RFC 8188) with node:crypto only. It is the whole CPU cost of a push that
// no sender can skip, so it is written for speed: the benchmark's crypto floor measures this very function.
import { createCipheriv, createECDH, createHmac, randomFillSync } from 'node:crypto';
import type { PushPayloadText } from './types';

const KEY_INFO = Buffer.from('WebPush: info\0');
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0\x01');
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0\x01');
const ONE = Buffer.from([1]);
const DELIMITER = Buffer.from([2]);
const RECORD_SIZE = 4096;
/** salt (16) + record size (4) + key id length (1) + the sender's P-256 point (65). */
const HEADER_BYTES = 86;
/** The header, the padding delimiter and the GCM tag: a body is the plaintext plus this many bytes. */
const ENCRYPTION_OVERHEAD = HEADER_BYTES + 1 + 16;

export class InvalidSubscriptionKeysError extends Error {
  name = 'InvalidSubscriptionKeysError';
}

const hmac = (key: Buffer, ...parts: Buffer[]) => {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest();
};

/** A subscription's keys as browsers give them (base64url): a 65-byte uncompressed P-256 point and 16 bytes. */
export function decodeSubscriptionKeys(p256dh: string, auth: string): { uaPublic: Buffer; authSecret: Buffer } {
  const uaPublic = Buffer.from(p256dh, 'base64url');
  const authSecret = Buffer.from(auth, 'base64url');
  if (uaPublic.length !== 65 || uaPublic[0] !== 4)
    throw new InvalidSubscriptionKeysError('p256dh is not a 65-byte uncompressed P-256 point');
  if (authSecret.length !== 16) throw new InvalidSubscriptionKeysError('auth is not 16 bytes');
  return { uaPublic, authSecret };
}

/**
 * One aes128gcm record for a subscription. A new ephemeral key pair and salt per message, as RFC 8291 requires
 * (reusing them would reuse the content-encryption key). HKDF by hand: its expands here are one block each, so five
 * HMACs do what three hkdfSync calls do with six.
 */
export function encryptAes128gcm(uaPublic: Buffer, authSecret: Buffer, plaintext: Buffer): Buffer {
  const ecdh = createECDH('prime256v1');
  const asPublic = ecdh.generateKeys();
  let shared: Buffer;
  try {
    shared = ecdh.computeSecret(uaPublic);
  } catch (err) {
    throw new InvalidSubscriptionKeysError(`p256dh is not on the P-256 curve: ${(err as Error).message}`);
  }
  const out = Buffer.allocUnsafe(ENCRYPTION_OVERHEAD + plaintext.length);
  const salt = randomFillSync(out, 0, 16).subarray(0, 16);
  out.writeUInt32BE(RECORD_SIZE, 16);
  out[20] = 65;
  asPublic.copy(out, 21);
  // RFC 8291 §3.3–3.4: IKM from the ECDH secret keyed by the auth secret, then RFC 8188 CEK and nonce.
  const prkKey = hmac(authSecret, shared);
  const ikm = hmac(prkKey, KEY_INFO, uaPublic, asPublic, ONE);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, CEK_INFO).subarray(0, 16);
  const nonce = hmac(prk, NONCE_INFO).subarray(0, 12);
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  let at = HEADER_BYTES + cipher.update(plaintext).copy(out, HEADER_BYTES);
  at += cipher.update(DELIMITER).copy(out, at);
  at += cipher.final().copy(out, at);
  cipher.getAuthTag().copy(out, at);
  return out;
}

/** encryptAes128gcm from stored subscription keys; throws InvalidSubscriptionKeysError for unusable ones. */
export function encryptForSubscription(p256dh: string, auth: string, payload: PushPayloadText | Buffer): Buffer {
  const { uaPublic, authSecret } = decodeSubscriptionKeys(p256dh, auth);
  return encryptAes128gcm(uaPublic, authSecret, payloadBytes(payload));
}

/** The UTF-8 bytes of a payload given whole, in pieces, or already encoded. */
function payloadBytes(payload: PushPayloadText | Buffer): Buffer {
  if (Buffer.isBuffer(payload)) return payload;
  return Buffer.from(typeof payload === 'string' ? payload : payload.join(''));
}

/** Where a sender's encryption runs: this thread (inlineEncryptor) or worker threads (encryption-pool.ts). */
export interface PushEncryptor {
  /** The aes128gcm body; rejects with InvalidSubscriptionKeysError for unusable keys. */
  encrypt(job: { p256dh: string; auth: string; payload: PushPayloadText }): Promise<Buffer>;
  readonly threads: number;
  close(): Promise<void>;
}

export const inlineEncryptor: PushEncryptor = {
  encrypt: async ({ p256dh, auth, payload }) => encryptForSubscription(p256dh, auth, payload),
  threads: 0,
  close: async () => undefined,
};
