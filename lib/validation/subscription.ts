import { createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { INVALID_CHARACTERS, isAcceptableText, lineText } from './text';

// What a browser's PushSubscription.toJSON() carries, checked before anything is stored: the server will later POST
// to the endpoint (allowlist) and encrypt to the keys (RFC 8291 needs a real P-256 point and a 16-byte secret).

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function decode(value: string): Buffer | null {
  return BASE64URL.test(value) ? Buffer.from(value.replace(/=+$/, ''), 'base64url') : null;
}

/** A 65-byte uncompressed point that lies on P-256 (an off-curve point would make ECDH fail or leak). */
export function isP256PublicKey(value: string): boolean {
  const bytes = decode(value);
  if (!bytes || bytes.length !== 65 || bytes[0] !== 0x04) return false;
  try {
    createPublicKey({
      format: 'jwk',
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: bytes.subarray(1, 33).toString('base64url'),
        y: bytes.subarray(33).toString('base64url'),
      },
    });
    return true;
  } catch {
    return false;
  }
}

export const pushKeysSchema = z.object(
  {
    p256dh: z
      .string({ message: 'p256dh_required' })
      .max(100)
      .refine(isP256PublicKey, { message: 'p256dh_not_p256_point' }),
    auth: z
      .string({ message: 'auth_required' })
      .max(40)
      .refine((v) => decode(v)?.length === 16, { message: 'auth_not_16_bytes' }),
  },
  { message: 'keys_required' },
);

export const deviceNameSchema = z.object({
  name: lineText({ message: 'name_required' })
    .min(1, { message: 'name_required' })
    .max(60, { message: 'name_too_long' }),
});

/**
 * What the deployment allows as an endpoint: a length limit and the push-service allowlist check. The caller passes
 * them in (lib/subscriptions/subscription-schemas.ts), so that validation never reads the environment.
 */
export type EndpointRules = {
  maxLength: number;
  check: (endpoint: string) => { ok: true } | { ok: false; reason: string };
};

/** The push subscription API's request bodies under the given endpoint rules. */
export function subscriptionSchemas(rules: EndpointRules) {
  // An endpoint exactly as the browser gave it (no trim: it is a key). The URL parser would percent-encode a NUL or
  // a control and accept it, while the raw string is what is stored: refuse them, and whitespace, first.
  const endpointText = () =>
    z
      .string({ message: 'endpoint_required' })
      .max(rules.maxLength, { message: 'endpoint_too_long' })
      .refine((v) => isAcceptableText(v) && !/\s/u.test(v), { message: INVALID_CHARACTERS, abort: true });
  const endpoint = endpointText().superRefine((value, ctx) => {
    const checked = rules.check(value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: `endpoint_${checked.reason}` });
  });
  // POST /api/push/subscriptions: the subscription as the browser serialises it, plus the key it subscribed with.
  const subscription = z.object({
    endpoint,
    expirationTime: z.number().nullable().optional(),
    keys: pushKeysSchema,
    /** The applicationServerKey the browser used (base64url), so a rotated VAPID key can be detected. */
    applicationServerKey: z.string().max(100).regex(BASE64URL).optional(),
  });
  return {
    subscription,
    /** POST /api/push/subscriptions/change: pushsubscriptionchange's old endpoint (when given) → the new one. */
    subscriptionChange: z.object({ oldEndpoint: endpointText().nullable().optional(), subscription }),
    /** DELETE /api/push/subscriptions: forget this device (any string: an unknown endpoint matches nothing). */
    endpointOnly: z.object({ endpoint: endpointText().min(1, { message: 'endpoint_required' }) }),
    /** POST /api/push/test: all of the user's devices, or just this one. */
    testPush: z.object({ endpoint: endpointText().optional() }),
  };
}
export type SubscriptionInput = z.infer<ReturnType<typeof subscriptionSchemas>['subscription']>;
