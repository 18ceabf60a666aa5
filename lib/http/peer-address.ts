import type { IncomingMessage, Server } from 'node:http';
import { stampForwardedOrigin } from './forwarded-origin';

/** Set by the server on every request to the TCP peer's address; whatever a client sent under this name is replaced. */
export const PEER_ADDRESS_HEADER = 'x-crieur-peer-address';

const g = globalThis as unknown as { __crieurPeerAddressHook?: true };

/**
 * `next start` hides the socket from route handlers and fills X-Forwarded-For with the peer address only when the
 * client sent none, so a client could pick the address it is limited under. Stamping the peer on each request
 * as the HTTP server hands it to Next (instrumentation.ts installs this once per process) keeps the real one.
 * The same hook replaces X-Forwarded-Host/-Proto with the origin they may be believed to say (forwarded-origin.ts).
 */
export function installPeerAddressHeader(httpServer: { prototype: Server }) {
  if (g.__crieurPeerAddressHook) return;
  g.__crieurPeerAddressHook = true;
  const emit = httpServer.prototype.emit;
  httpServer.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
      stampForwardedOrigin(req);
    }
    return emit.apply(this, [event, ...args] as Parameters<Server['emit']>);
  } as Server['emit'];
}
