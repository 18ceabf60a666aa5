import 'server-only';
import { getEnv } from '../env';
import { DomainError } from '../errors/domain-error';
import type { VapidConfig } from './types';

let cached: VapidConfig | undefined;

/**
 * The application server's VAPID identity from the environment (`npm start` fills the keys from the data folder).
 * Without keys the portal still runs; push routes answer 503 push_not_configured.
 */
export function getVapidConfig(): VapidConfig {
  if (cached) return cached;
  const env = getEnv();
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) {
    throw new DomainError('push_not_configured', { message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set' });
  }
  return (cached = { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject: env.VAPID_SUBJECT });
}

/** The applicationServerKey browsers subscribe with (base64url, 65-byte uncompressed P-256 point). */
export function getVapidPublicKey(): string {
  return getVapidConfig().publicKey;
}

/** The public key, or null without keys (a dev server started without them): pages then say push is unavailable. */
export function getVapidPublicKeyOrNull(): string | null {
  try {
    return getVapidPublicKey();
  } catch {
    return null;
  }
}
