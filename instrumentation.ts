// Runs once when the Next.js server starts. The embedded default runs the push dispatcher in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('./lib/env');
  getEnv(); // fail fast, with a sentence naming the variable, before the first request
}
