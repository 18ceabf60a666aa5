import http from 'node:http';
import https from 'node:https';
import { assertPushOptions, buildPushHeaders } from './build-push-request';
import { inlineEncryptor, InvalidSubscriptionKeysError, type PushEncryptor } from './encrypt-aes128gcm';
import { checkPushEndpoint, type EndpointAllowlist } from './endpoint-allowlist';
import { createAgentPool } from './push-agents';
import type { PushOptions, PushResult, PushSender, PushTarget, VapidConfig } from './types';
import { createVapidSigner, type VapidSigner } from './vapid-jwt';

export type PushSenderOptions = {
  vapid: VapidConfig;
  allowlist: EndpointAllowlist;
  /** Whole request, connect to last byte of the answer. */
  timeoutMs: number;
  maxSocketsPerOrigin: number;
  /** Where messages are encrypted: this thread by default, worker threads in dispatcher processes. Closed with the sender. */
  encryptor?: PushEncryptor;
  now?: () => number;
};

/** Push services answer with short bodies; anything longer is cut so a misbehaving one cannot fill memory. */
const MAX_RESPONSE_BODY = 16 * 1024;

/**
 * The one place that encrypts (RFC 8291), signs (RFC 8292) and POSTs (RFC 8030) a push message. Network and HTTP
 * outcomes come back as a PushResult; only a caller's mistake (bad options) throws. Data that can never be sent —
 * an endpoint the allowlist refuses, keys that are not a P-256 point — comes back as a network error named
 * 'endpoint_refused:<reason>' or 'invalid_subscription_keys', which no retry will fix.
 */
export function createPushSender(opts: PushSenderOptions): PushSender & { readonly vapidSigner: VapidSigner } {
  const signer = createVapidSigner(opts.vapid, opts.now);
  const agents = createAgentPool({ maxSocketsPerOrigin: opts.maxSocketsPerOrigin });
  const encryptor = opts.encryptor ?? inlineEncryptor;

  function prepare(target: PushTarget, payload: string, options: PushOptions): () => Promise<PushResult> {
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
          : { kind: 'network', error: `encryption: ${(err as Error).message}` },
      );
    // On worker threads, start now. On this thread, wait for the send: encrypting a whole claimed batch at once would
    // hold the event loop (and the portal's requests) for tens of milliseconds.
    const encrypted = encryptor.threads > 0 ? encrypt() : undefined;
    return async () => {
      const body = await (encrypted ?? encrypt());
      if (!Buffer.isBuffer(body)) return body;
      // Signed (or taken from the cache) when the request leaves, so a message prepared long ago never carries a stale JWT.
      const headers = buildPushHeaders(body.length, options, signer.authorization(checked.url.origin));
      return post(checked.url, agents.agentFor(checked.url, checked.listedOrigin), { headers, body }, opts.timeoutMs);
    };
  }

  return {
    send: async (target, payload, options) => prepare(target, payload, options)(),
    prepare,
    close: () => {
      agents.close();
      void encryptor.close();
    },
    vapidSigner: signer,
  };
}

function post(url: URL, agent: http.Agent, request: { headers: Record<string, string>; body: Buffer }, timeoutMs: number): Promise<PushResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: PushResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const client = url.protocol === 'http:' ? http : https;
    const req = client.request(url, { method: 'POST', headers: request.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        if (size < MAX_RESPONSE_BODY) chunks.push(c);
        size += c.length;
      });
      res.on('end', () => {
        const retryAfter = res.headers['retry-after'];
        done({
          kind: 'response',
          statusCode: res.statusCode ?? 0,
          ...(retryAfter !== undefined ? { retryAfter } : {}),
          body: Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BODY).toString('utf8'),
        });
      });
      res.on('error', (err) => done({ kind: 'network', error: networkError(err) }));
    });
    const timer = setTimeout(() => {
      done({ kind: 'network', error: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (err) => done({ kind: 'network', error: networkError(err) }));
    req.end(request.body);
  });
}

const CODES: Record<string, string> = {
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  EBLOCKEDADDRESS: 'blocked_address',
};

function networkError(err: NodeJS.ErrnoException): string {
  if (err.code && CODES[err.code]) return CODES[err.code];
  if (err.message === 'socket hang up') return 'reset';
  return err.code ?? err.message;
}
