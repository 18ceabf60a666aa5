import { createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { checkPushEndpoint, MAX_ENDPOINT_LENGTH } from '../push/endpoint-allowlist';
import { getEndpointAllowlist } from '../push/get-endpoint-allowlist';

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
      key: { kty: 'EC', crv: 'P-256', x: bytes.subarray(1, 33).toString('base64url'), y: bytes.subarray(33).toString('base64url') },
    });
    return true;
  } catch {
    return false;
  }
}

export const endpointSchema = z
  .string({ message: 'endpoint_required' })
  .max(MAX_ENDPOINT_LENGTH, { message: 'endpoint_too_long' })
  .superRefine((endpoint, ctx) => {
    const checked = checkPushEndpoint(endpoint, getEndpointAllowlist());
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: `endpoint_${checked.reason}` });
  });

export const pushKeysSchema = z.object(
  {
    p256dh: z.string({ message: 'p256dh_required' }).max(100).refine(isP256PublicKey, { message: 'p256dh_not_p256_point' }),
    auth: z.string({ message: 'auth_required' }).max(40).refine((v) => decode(v)?.length === 16, { message: 'auth_not_16_bytes' }),
  },
  { message: 'keys_required' },
);

/** POST /api/push/subscriptions: the subscription as the browser serialises it, plus the key it subscribed with. */
export const subscriptionSchema = z.object({
  endpoint: endpointSchema,
  expirationTime: z.number().nullable().optional(),
  keys: pushKeysSchema,
  /** The applicationServerKey the browser used (base64url), so a rotated VAPID key can be detected. */
  applicationServerKey: z.string().max(100).regex(BASE64URL).optional(),
});
export type SubscriptionInput = z.infer<typeof subscriptionSchema>;

/** POST /api/push/subscriptions/change: pushsubscriptionchange's old endpoint (when the browser gives it) → new one. */
export const subscriptionChangeSchema = z.object({
  oldEndpoint: z.string().max(MAX_ENDPOINT_LENGTH).nullable().optional(),
  subscription: subscriptionSchema,
});

/** DELETE /api/push/subscriptions: forget this device (any string: an unknown endpoint simply matches nothing). */
export const endpointOnlySchema = z.object({ endpoint: z.string({ message: 'endpoint_required' }).min(1).max(MAX_ENDPOINT_LENGTH) });

export const deviceNameSchema = z.object({
  name: z.string({ message: 'name_required' }).trim().min(1, { message: 'name_required' }).max(60, { message: 'name_too_long' }),
});

/** POST /api/push/test: all of the user's devices, or just this one. */
export const testPushSchema = z.object({ endpoint: z.string().max(MAX_ENDPOINT_LENGTH).optional() });
