// How a new notification reaches the dispatcher at once instead of at its next poll: dispatchers of this process
// register here (globalThis: Next bundles routes and instrumentation separately); on PostgreSQL the creating
// transaction also NOTIFYs this channel, which worker processes LISTEN to.

export const WAKE_CHANNEL = 'crieur_dispatch';

const g = globalThis as unknown as { __crieurWakers?: Set<() => void> };
const wakers = (g.__crieurWakers ??= new Set());

/** Registers a dispatcher of this process; returns the function that unregisters it. */
export function onWake(fn: () => void): () => void {
  wakers.add(fn);
  return () => wakers.delete(fn);
}

/** Tells every dispatcher of this process that deliveries may be due now. */
export function wakeDispatcher(): void {
  for (const fn of wakers) fn();
}
