// Runs once when the Next.js server starts. The embedded default runs the push dispatcher in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('./lib/env');
  const env = getEnv(); // fail fast, with a sentence naming the variable, before the first request
  if (env.CRIEUR_DISPATCHER) {
    const { startInProcessDispatcher } = await import('./lib/push/dispatcher/start-in-process-dispatcher');
    startInProcessDispatcher();
  }
}
