import 'server-only';
import { getEnv } from '../env';
import { createPushSender } from './create-push-sender';
import { getEndpointAllowlist } from './get-endpoint-allowlist';
import type { PushSender } from './types';
import { getVapidConfig } from './vapid-keys';

// Next bundles each route separately: one sender per process (on globalThis) so every route shares its keep-alive
// sockets and its cached VAPID JWTs.
const g = globalThis as unknown as { __crieurPushSender?: PushSender };

/** The process-wide sender, built from the environment on first use. */
export function getPushSender(): PushSender {
  if (g.__crieurPushSender) return g.__crieurPushSender;
  const env = getEnv();
  return (g.__crieurPushSender = createPushSender({
    vapid: getVapidConfig(),
    allowlist: getEndpointAllowlist(),
    timeoutMs: env.PUSH_TIMEOUT_MS,
    maxSocketsPerOrigin: env.PUSH_CONCURRENCY,
  }));
}

/** For tests: use this sender instead (undefined = build from the environment again). */
export function setPushSender(sender: PushSender | undefined) {
  g.__crieurPushSender?.close();
  g.__crieurPushSender = sender;
}
