import { assertPushOptions, buildPushHeaders } from './build-push-request';
import { inlineEncryptor, InvalidSubscriptionKeysError, type PushEncryptor } from './encrypt-aes128gcm';
import { checkPushEndpoint, type EndpointAllowlist } from './endpoint-allowlist';
import { createAgentPool } from './push-agents';
import { postOverH2 } from './post-over-h2';
import { postOverHttp1, type PushRequest } from './post-over-http1';
import { HELD_BACK } from './push-answer';
import { networkError } from './push-network-error';
import { createSessionPool } from './push-sessions';
import type {
  PreparedPush,
  PushOptions,
  PushPayloadText,
  PushResult,
  PushSender,
  PushTarget,
  VapidConfig,
  WriteGate,
} from './types';
import { createVapidSigner, type VapidSigner } from './vapid-jwt';

export type PushSenderOptions = {
  vapid: VapidConfig;
  allowlist: EndpointAllowlist;
  /** Whole request, connect to last byte of the answer. */
  timeoutMs: number;
  /** Connections to one push service: HTTP/1.1 sockets, or HTTP/2 sessions when each is at its stream cap. */
  maxSocketsPerOrigin: number;
  /**
   * Where messages are encrypted: this thread by default, worker threads in dispatcher processes.
   * Closed with the sender.
   */
  encryptor?: PushEncryptor;
  now?: () => number;
  /** Certificates trusted besides the system's (a push service behind a private CA; tests). */
  ca?: string;
};

export { HTTP_TIMEOUT } from './push-network-error';

/**
 * The one place that encrypts (RFC 8291), signs (RFC 8292) and POSTs (RFC 8030) a push message. Network and HTTP
 * outcomes come back as a PushResult; only a caller's mistake (bad options) throws. Data that can never be sent —
 * an endpoint the allowlist refuses, keys that are not a P-256 point — comes back as a network error named
 * 'endpoint_refused:<reason>' or 'invalid_subscription_keys', which no retry will fix.
 */
export function createPushSender(opts: PushSenderOptions): PushSender & { readonly vapidSigner: VapidSigner } {
  const signer = createVapidSigner(opts.vapid, opts.now);
  const agents = createAgentPool({ maxSocketsPerOrigin: opts.maxSocketsPerOrigin, ca: opts.ca });
  const sessions = createSessionPool({
    ca: opts.ca,
    connectTimeoutMs: opts.timeoutMs,
    maxSessionsPerOrigin: opts.maxSocketsPerOrigin,
  });
  const encryptor = opts.encryptor ?? inlineEncryptor;

  function prepare(target: PushTarget, payload: PushPayloadText, options: PushOptions): PreparedPush {
    assertPushOptions(options);
    const checked = checkPushEndpoint(target.endpoint, opts.allowlist);
    if (!checked.ok) {
      const refused: PushResult = { kind: 'network', error: `endpoint_refused:${checked.reason}` };
      return async () => refused;
    }
    const encrypt = (): Promise<Buffer | PushResult> =>
      encryptor.encrypt({ p256dh: target.p256dh, auth: target.auth, payload }).catch((err) =>
        err instanceof InvalidSubscriptionKeysError
          ? { kind: 'network', error: 'invalid_subscription_keys' }
          : // Nothing left this process: not an attempt, and not the device's fault.
            { kind: 'unsent', error: `encryption: ${(err as Error).message}` },
      );
    // On worker threads, start now. On this thread, wait for the send: encrypting a whole claimed batch at once would
    // hold the event loop (and the portal's requests) for tens of milliseconds.
    const encrypted = encryptor.threads > 0 ? encrypt() : undefined;
    return async (gate) => {
      const body = await (encrypted ?? encrypt());
      if (!Buffer.isBuffer(body)) return body;
      // Signed (or taken from the cache) when the request leaves,
      // so a message prepared long ago never carries a stale JWT.
      const headers = buildPushHeaders(body.length, options, signer.authorization(checked.url.origin));
      return post(checked.url, checked.listedOrigin, { headers, body }, gate);
    };
  }

  /** HTTP/2 when the origin negotiates it, else HTTP/1.1 keep-alive; plain http (tests, listed origins) is 1.1. */
  async function post(url: URL, listedOrigin: boolean, request: PushRequest, gate?: WriteGate): Promise<PushResult> {
    if (url.protocol === 'https:') {
      let lease;
      try {
        lease = await sessions.lease(url, listedOrigin);
      } catch (err) {
        return { kind: 'network', error: networkError(err as NodeJS.ErrnoException) };
      }
      if (lease) {
        try {
          // The stream is opened and written synchronously after this: nothing waits between the gate and the write.
          if (gate && !(await gate())) return HELD_BACK;
          return await postOverH2(lease.session, url, request, opts.timeoutMs);
        } finally {
          lease.release();
        }
      }
    }
    return postOverHttp1(url, agents.agentFor(url, listedOrigin), request, opts.timeoutMs, gate);
  }

  return {
    send: async (target, payload, options) => prepare(target, payload, options)(),
    prepare,
    close: () => {
      agents.close();
      sessions.close();
      void encryptor.close();
    },
    vapidSigner: signer,
  };
}
