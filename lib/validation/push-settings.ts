// Defaults of push settings that lib/env.ts applies and the push code falls back to when called without them:
// one value each, below both (lib/env.ts must not import lib/push, which reads the environment).

/**
 * Sends in flight per dispatcher (PUSH_CONCURRENCY). A dispatcher sends at most this many pushes per push-service
 * round trip (Little's law): 64 in flight at 50 ms is 1,280 pushes/s whatever the CPU, 256 is 5,120/s. Push
 * services take hundreds of connections from one sender, and each costs only a socket and a few kilobytes here.
 */
export const DEFAULT_PUSH_CONCURRENCY = 256;

/** Attempts per delivery for answers worth retrying (PUSH_MAX_ATTEMPTS), the first send included. */
export const DEFAULT_PUSH_MAX_ATTEMPTS = 5;
