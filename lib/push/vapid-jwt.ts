import { createECDH, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { VapidConfig } from './types';

// RFC 8292. Signing an ES256 JWT is the main CPU cost of sending, and nothing in it depends on the message: one JWT
// per push-service origin, reused until shortly before it expires, turns thousands of signatures into a handful.

/** Push services refuse exp more than 24 h ahead; 12 h leaves margin for clock skew. */
export const VAPID_JWT_LIFETIME_S = 12 * 60 * 60;
/** Re-sign when less than this is left, so a request in flight never carries an expired token. */
export const VAPID_JWT_RENEW_BEFORE_S = 60 * 60;

export type VapidSigner = {
  /** `vapid t=<jwt>, k=<public key>` for a push-service origin ("https://fcm.googleapis.com"). */
  authorization(audience: string): string;
  /** How many JWTs were signed (tests and the benchmark read it). */
  readonly signatures: number;
};

export function createVapidSigner(vapid: VapidConfig, now: () => number = Date.now): VapidSigner {
  const key = parseVapidPrivateKey(vapid);
  const cache = new Map<string, { header: string; exp: number }>();
  let signatures = 0;
  return {
    authorization(audience) {
      const nowS = Math.floor(now() / 1000);
      const hit = cache.get(audience);
      if (hit && hit.exp - nowS > VAPID_JWT_RENEW_BEFORE_S) return hit.header;
      const exp = nowS + VAPID_JWT_LIFETIME_S;
      const header = `vapid t=${signJwt(key, { aud: audience, exp, sub: vapid.subject })}, k=${vapid.publicKey}`;
      cache.set(audience, { header, exp });
      signatures++;
      return header;
    },
    get signatures() {
      return signatures;
    },
  };
}

const JWT_HEADER = b64url(JSON.stringify({ typ: 'JWT', alg: 'ES256' }));

function signJwt(key: KeyObject, claims: { aud: string; exp: number; sub: string }): string {
  const input = `${JWT_HEADER}.${b64url(JSON.stringify(claims))}`;
  // JWS wants the raw r||s signature (IEEE P1363), not DER.
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/** Parses the base64url key pair once, refusing a private key that does not belong to the public key. */
export function parseVapidPrivateKey(vapid: Pick<VapidConfig, 'publicKey' | 'privateKey'>): KeyObject {
  const d = Buffer.from(vapid.privateKey, 'base64url');
  const pub = Buffer.from(vapid.publicKey, 'base64url');
  if (d.length !== 32) throw new Error('VAPID_PRIVATE_KEY must decode to 32 bytes');
  if (pub.length !== 65 || pub[0] !== 4)
    throw new Error('VAPID_PUBLIC_KEY must decode to a 65-byte uncompressed P-256 point');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  if (!ecdh.getPublicKey().equals(pub)) throw new Error('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not a pair');
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: pub.subarray(1, 33).toString('base64url'),
      y: pub.subarray(33).toString('base64url'),
    },
  });
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}
