// A PushSender for tests against the fault-injecting push service: same contract as the real sender (one POST
// with TTL/Urgency/Topic, a timeout, keep-alive, never throws for HTTP or network outcomes) but no encryption.
import http from 'node:http';
import { HTTP_TIMEOUT } from '../lib/push/push-network-error';
import type { PushResult, PushSender } from '../lib/push/types';

export function createPlainHttpSender(opts: {
  timeoutMs: number;
  headers?: Record<string, string>;
  maxSockets?: number;
}): PushSender {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 64 });
  return {
    send: (target, payload, options) =>
      new Promise<PushResult>((resolve) => {
        const req = http.request(target.endpoint, {
          method: 'POST',
          agent,
          headers: {
            'Content-Type': 'application/octet-stream',
            TTL: String(options.ttlSeconds),
            ...(options.urgency ? { Urgency: options.urgency } : {}),
            ...(options.topic ? { Topic: options.topic } : {}),
            ...opts.headers,
          },
        });
        const timer = setTimeout(() => {
          req.destroy(new Error('timeout'));
        }, opts.timeoutMs);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            clearTimeout(timer);
            const retryAfter = res.headers['retry-after'];
            resolve({
              kind: 'response',
              statusCode: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ...(retryAfter ? { retryAfter } : {}),
            });
          });
        });
        req.on('error', (err: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          const reset = err.code === 'ECONNRESET' || err.message === 'socket hang up';
          const refused = err.code === 'ECONNREFUSED';
          const error = err.message === 'timeout' ? HTTP_TIMEOUT : reset ? 'reset' : refused ? 'refused' : err.message;
          resolve({ kind: 'network', error });
        });
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}
