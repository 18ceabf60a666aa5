import type { Logger } from '../../log/logger';

/** SIGTERM / SIGINT (or `also`, for tests) as an AbortSignal; dispose() removes the process handlers. */
export function stopSignals(log: Logger, also?: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) return;
    log('info', 'push worker stopping', { signal });
    controller.abort();
  };
  const onTerm = () => stop('SIGTERM');
  const onInt = () => stop('SIGINT');
  const onAlso = () => stop('stop signal');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  also?.addEventListener('abort', onAlso, { once: true });
  if (also?.aborted) onAlso();
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      also?.removeEventListener('abort', onAlso);
    },
  };
}

/** Resolves once `signal` is aborted. */
export const untilAborted = (signal: AbortSignal): Promise<void> =>
  signal.aborted
    ? Promise.resolve()
    : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
