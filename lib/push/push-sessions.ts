import http2 from 'node:http2';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { publicOnlyLookup, trusting } from './push-agents';

/**
 * Streams a peer is taken to allow until its SETTINGS frame says (nghttp2's own assumption; RFC 9113 §6.5.2 asks
 * servers for at least 100).
 */
const ASSUMED_MAX_STREAMS = 100;

/** One TLS connection to an origin: the HTTP/2 session on it once dialled, and the streams leased on it now. */
type Connection = {
  ready: Promise<http2.ClientHttp2Session | null>;
  streams: number;
  /** The peer's SETTINGS_MAX_CONCURRENT_STREAMS, as last announced. */
  maxStreams: number;
};

/** A session to send one stream on; release() once the stream has settled, whatever its outcome. */
export type SessionLease = { session: http2.ClientHttp2Session; release(): void };

/**
 * HTTP/2 to the push services that offer it (ALPN h2, as FCM, Apple and Mozilla do): a TLS connection per origin
 * carries many messages as streams, instead of up to PUSH_CONCURRENCY connections each writing its own TLS records
 * (measured: about 18 % less dispatcher CPU per message, bench/README.md "Levers"). A server caps the streams one
 * connection may have open (SETTINGS_MAX_CONCURRENT_STREAMS, commonly 100 to 250); a stream past the cap waits in
 * nghttp2's queue, so one connection would hold a worker to that many pushes per round trip whatever its
 * PUSH_CONCURRENCY (measured at 100 streams and a 50 ms round trip: half the rate, bench/README.md). So another
 * connection is dialled when every one of the origin's is full, up to `maxSessionsPerOrigin` (then the least busy
 * one queues), as OkHttp does; never before, since RFC 9113 §9.1 asks clients for one connection where one will do.
 * An origin that answers ALPN with http/1.1 or nothing is remembered and left to the keep-alive agents.
 */
export function createSessionPool(opts: { ca?: string; connectTimeoutMs: number; maxSessionsPerOrigin: number }) {
  const origins = new Map<string, Connection[]>();
  const http1Origins = new Set<string>();

  function connect(
    url: URL,
    listedOrigin: boolean,
    onMaxStreams: (max: number) => void,
    onEnd: () => void,
  ): Promise<http2.ClientHttp2Session | null> {
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
      const established = () => {
        socket.off('error', reject);
        socket.setTimeout(0);
      };
      socket.once('secureConnect', () => {
        if (socket.alpnProtocol !== 'h2') {
          established();
          socket.destroy();
          return resolve(null);
        }
        const session = http2.connect(url.origin, { createConnection: () => socket });
        session.on('remoteSettings', (s) => onMaxStreams(s.maxConcurrentStreams ?? Number.MAX_SAFE_INTEGER));
        // A connection error reaches each stream's own 'error'; the session is only dropped so the next one dials.
        session.on('error', onEnd);
        session.once('goaway', onEnd);
        session.once('close', () => {
          onEnd();
          reject(new Error('the HTTP/2 connection closed before its settings')); // a no-op once ready
        });
        // Idle sessions must not keep a process alive; a request in flight holds its own timer.
        session.unref();
        // The server's preface is its SETTINGS frame (RFC 9113 §3.4): ready once it says how many streams it takes.
        session.once('remoteSettings', () => {
          established();
          resolve(session);
        });
      });
    });
  }

  function dial(url: URL, listedOrigin: boolean, list: Connection[]): Connection {
    const forget = () => {
      const i = list.indexOf(c);
      if (i >= 0) list.splice(i, 1);
      if (!list.length && origins.get(url.origin) === list) origins.delete(url.origin);
    };
    const c: Connection = {
      streams: 0,
      maxStreams: ASSUMED_MAX_STREAMS,
      ready: connect(url, listedOrigin, (max) => (c.maxStreams = max), forget),
    };
    list.push(c);
    // A failed dial is not remembered: the next message dials again.
    c.ready.then((session) => {
      if (session) return;
      http1Origins.add(url.origin);
      forget();
    }, forget);
    return c;
  }

  function connectionsOf(origin: string): Connection[] {
    let list = origins.get(origin);
    if (!list) origins.set(origin, (list = []));
    return list;
  }
  const hasRoom = (c: Connection) => c.streams < c.maxStreams;

  /** The first connection with a free stream (load gathers on few; spare ones fall idle), else a new one. */
  function pick(url: URL, listedOrigin: boolean): Connection {
    const list = connectionsOf(url.origin);
    const free = list.find(hasRoom);
    if (free) return free;
    if (list.length < opts.maxSessionsPerOrigin) return dial(url, listedOrigin, list);
    return list.reduce((a, b) => (b.streams < a.streams ? b : a));
  }

  /** Another connection would take this stream now: one has room, or one more may be dialled. */
  function roomElsewhere(origin: string, c: Connection): boolean {
    const list = origins.get(origin) ?? [];
    return list.some((other) => other !== c && hasRoom(other)) || list.length < opts.maxSessionsPerOrigin;
  }

  return {
    /**
     * A session of the origin with room for one more stream, dialled when none has; null when the origin speaks only
     * HTTP/1.1. Rejects like a socket when the dial fails.
     */
    async lease(url: URL, listedOrigin: boolean): Promise<SessionLease | null> {
      for (;;) {
        if (http1Origins.has(url.origin)) return null;
        const c = pick(url, listedOrigin);
        // Counted before the await: the messages of one batch must see each other's streams, or all would dial.
        c.streams++;
        let released = false;
        const release = () => {
          if (!released) c.streams--;
          released = true;
        };
        let session: http2.ClientHttp2Session | null;
        try {
          session = await c.ready;
        } catch (err) {
          release();
          throw err;
        }
        if (!session) {
          release();
          return null;
        }
        // Leased while dialling, before the server said how many streams it takes: past that cap, the stream would
        // wait in this connection's queue while another one has room (or may be dialled), so it moves there.
        if (c.streams > c.maxStreams && roomElsewhere(url.origin, c)) {
          release();
          continue;
        }
        return { session, release };
      }
    },
    close() {
      for (const list of origins.values())
        for (const c of list)
          void c.ready.then(
            (session) => session?.destroy(),
            () => undefined,
          );
      origins.clear();
    },
  };
}
