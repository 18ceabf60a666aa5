import http2 from 'node:http2';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { publicOnlyLookup, trusting } from './push-agents';

/**
 * HTTP/2 to the push services that offer it (ALPN h2, as FCM, Apple and Mozilla do): one TLS connection per origin
 * carries every message as a stream, instead of up to PUSH_CONCURRENCY connections each writing its own TLS records
 * (measured: about 18 % less dispatcher CPU per message, bench/README.md "Levers"). An origin that answers ALPN with
 * http/1.1 or nothing is remembered and left to the keep-alive agents (null). Messages beyond the server's
 * SETTINGS_MAX_CONCURRENT_STREAMS wait in nghttp2's queue, inside the sender's timeout.
 */
export function createSessionPool(opts: { ca?: string; connectTimeoutMs: number }) {
  const sessions = new Map<string, Promise<http2.ClientHttp2Session | null>>();

  function connect(url: URL, listedOrigin: boolean, onEnd: () => void): Promise<http2.ClientHttp2Session | null> {
    return new Promise((resolve, reject) => {
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      const socket = tls.connect({
        host,
        port: Number(url.port || 443),
        ALPNProtocols: ['h2', 'http/1.1'],
        ...(isIP(host) ? {} : { servername: host }),
        // The same rule as the agents: an unlisted name is dialled only at a public address (DNS rebinding).
        ...(listedOrigin ? {} : { lookup: publicOnlyLookup }),
        ...trusting(opts.ca),
      });
      socket.once('error', reject);
      // Dialling counts against the message's time like an agent's connect does (ETIMEDOUT: 'connect_timeout').
      socket.setTimeout(opts.connectTimeoutMs, () => {
        socket.destroy(Object.assign(new Error('TLS connection not established in time'), { code: 'ETIMEDOUT' }));
      });
      socket.once('secureConnect', () => {
        socket.off('error', reject);
        socket.setTimeout(0);
        if (socket.alpnProtocol !== 'h2') {
          socket.destroy();
          return resolve(null);
        }
        const session = http2.connect(url.origin, { createConnection: () => socket });
        // A connection error reaches each stream's own 'error'; the session is only dropped so the next one dials.
        session.on('error', onEnd);
        session.once('goaway', onEnd);
        session.once('close', onEnd);
        // Idle sessions must not keep a process alive; a request in flight holds its own timer.
        session.unref();
        resolve(session);
      });
    });
  }

  return {
    /** The origin's HTTP/2 session, dialled on first use; null when it speaks only HTTP/1.1. Rejects like a socket. */
    sessionFor(url: URL, listedOrigin: boolean): Promise<http2.ClientHttp2Session | null> {
      const known = sessions.get(url.origin);
      if (known) return known;
      const forget = () => {
        if (sessions.get(url.origin) === entry) sessions.delete(url.origin);
      };
      const entry = connect(url, listedOrigin, forget);
      sessions.set(url.origin, entry);
      entry.catch(forget); // a failed dial is not remembered: the next message dials again
      return entry;
    },
    close() {
      for (const s of sessions.values())
        void s.then(
          (session) => session?.destroy(),
          () => undefined,
        );
      sessions.clear();
    },
  };
}
