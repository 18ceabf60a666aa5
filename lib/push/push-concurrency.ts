/**
 * Sends in flight per dispatcher (PUSH_CONCURRENCY). A dispatcher sends at most this many pushes per push-service
 * round trip (Little's law): 64 in flight at 50 ms is 1,280 pushes/s whatever the CPU, 256 is 5,120/s. Push
 * services take hundreds of connections from one sender, and each costs only a socket and a few kilobytes here.
 */
export const DEFAULT_PUSH_CONCURRENCY = 256;
