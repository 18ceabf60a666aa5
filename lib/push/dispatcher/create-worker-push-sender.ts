import type { Env } from '../../env';
import { createPushSender } from '../create-push-sender';
import { createEncryptThreadPool, defaultEncryptThreads } from '../encryption-pool';
import { pushSenderOptionsFromEnv } from '../get-push-sender';
import type { PushSender } from '../types';

/**
 * The sender of a dispatcher process (`npm run worker`, `push:drain`, the benchmark's dispatcher): like the portal's,
 * plus PUSH_ENCRYPT_THREADS worker threads that encrypt, so the event loop is left to HTTP and PostgreSQL.
 */
export function createWorkerPushSender(env: Env): PushSender {
  const threads = env.PUSH_ENCRYPT_THREADS ?? defaultEncryptThreads();
  return createPushSender({
    ...pushSenderOptionsFromEnv(env),
    ...(threads > 0 ? { encryptor: createEncryptThreadPool(threads) } : {}),
  });
}
