import 'server-only';
import { getEnv, type Env } from '../env';
import { createPushSender, type PushSenderOptions } from './create-push-sender';
import { getEndpointAllowlist } from './get-endpoint-allowlist';
import type { PushSender } from './types';
import { getVapidConfig } from './vapid-keys';

// Next bundles each route separately: one sender per process (on globalThis) so every route shares its keep-alive
// sockets and its cached VAPID JWTs.
const g = globalThis as unknown as { __crieurPushSender?: PushSender };

/** The sender's settings from the environment (VAPID_*, PUSH_ENDPOINT_ALLOWLIST, PUSH_TIMEOUT_MS, PUSH_CONCURRENCY). */
export function pushSenderOptionsFromEnv(env: Env): PushSenderOptions {
  return {
    vapid: getVapidConfig(),
    allowlist: getEndpointAllowlist(),
    timeoutMs: env.PUSH_TIMEOUT_MS,
    maxSocketsPerOrigin: env.PUSH_CONCURRENCY,
  };
}

/** The process-wide sender, built from the environment on first use. */
export function getPushSender(): PushSender {
  return (g.__crieurPushSender ??= createPushSender(pushSenderOptionsFromEnv(getEnv())));
}

/** For tests: use this sender instead (undefined = build from the environment again). */
export function setPushSender(sender: PushSender | undefined) {
  g.__crieurPushSender?.close();
  g.__crieurPushSender = sender;
}
