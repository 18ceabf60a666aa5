// Runs once when the Next.js server starts. The embedded default runs the push dispatcher in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('./lib/env');
  const env = getEnv(); // fail fast, with a sentence naming the variable, before the first request
  // Per-address limits need the TCP peer, which Next does not hand to route handlers (lib/http/peer-address.ts).
  const [{ installPeerAddressHeader }, http] = await Promise.all([
    import('./lib/http/peer-address'),
    import('node:http'),
  ]);
  installPeerAddressHeader(http.Server);
  // next-auth then builds its redirects and callback URLs from X-Forwarded-Host/-Proto, which the hook above has
  // just replaced with the origin the person used (Host, or a trusted proxy's word): sign-out and sign-in stay on
  // that origin instead of next-auth's fallback, http://localhost:3000.
  if (!env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = 'true';
  if (env.CRIEUR_DISPATCHER) {
    const { startInProcessDispatcher } = await import('./lib/push/dispatcher/start-in-process-dispatcher');
    startInProcessDispatcher();
  }
  if (env.CAP_FEED_URLS) {
    const { startCapFeedPoller } = await import('./lib/cap/ingest/feed/start-cap-feed-poller');
    startCapFeedPoller();
  }
}
