import http from 'node:http';
import { getEnv } from '../env';
import { installPeerAddressHeader } from '../http/peer-address';

/**
 * What the Next.js server does once at start on Node (instrumentation.ts): kept out of instrumentation.ts, which
 * Next also compiles for the Edge runtime, where `node:http` does not exist.
 */
export async function registerNodeServer() {
  const env = getEnv(); // fail fast, with a sentence naming the variable, before the first request
  // Per-address limits need the TCP peer, which Next does not hand to route handlers (lib/http/peer-address.ts).
  installPeerAddressHeader(http.Server);
  // next-auth then builds its redirects and callback URLs from X-Forwarded-Host/-Proto, which the hook above has
  // just replaced with the origin the person used (Host, or a trusted proxy's word): sign-out and sign-in stay on
  // that origin instead of next-auth's fallback, http://localhost:3000.
  if (!env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = 'true';
  if (env.CRIEUR_DISPATCHER) {
    const { startInProcessDispatcher } = await import('../push/dispatcher/start-in-process-dispatcher');
    startInProcessDispatcher();
  }
  if (env.CAP_FEED_URLS) {
    const { startCapFeedPoller } = await import('../cap/ingest/feed/start-cap-feed-poller');
    startCapFeedPoller();
  }
}
