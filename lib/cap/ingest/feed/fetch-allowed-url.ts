import http from 'node:http';
import https from 'node:https';
import { checkPushEndpoint, type EndpointAllowlist } from '../../../push/endpoint-allowlist';
import { createAgentPool } from '../../../push/push-agents';

export type FetchedResource = { status: number; headers: http.IncomingHttpHeaders; body: string };

export class FeedFetchError extends Error {
  name = 'FeedFetchError';
}

/**
 * A GET under the same SSRF rules as push endpoints (lib/push/endpoint-allowlist.ts): https to listed hosts only,
 * no IP literal or private name, every DNS answer public at connect time (push-agents' publicOnlyLookup); http or a
 * private address only for an origin listed verbatim. Redirects are not followed (the target would escape the
 * list), the body is cut at maxBytes and the whole exchange at timeoutMs.
 */
export function fetchAllowedUrl(
  url: string,
  opts: {
    allowlist: EndpointAllowlist;
    agents: ReturnType<typeof createAgentPool>;
    headers?: Record<string, string>;
    maxBytes: number;
    timeoutMs: number;
  },
): Promise<FetchedResource> {
  const check = checkPushEndpoint(url, opts.allowlist);
  if (!check.ok) return Promise.reject(new FeedFetchError(`${url} is not allowed (${check.reason})`));
  const agent = opts.agents.agentFor(check.url, check.listedOrigin);
  return new Promise((resolve, reject) => {
    const client = check.url.protocol === 'https:' ? https : http;
    const options = { method: 'GET', agent, headers: opts.headers, timeout: opts.timeoutMs };
    const req = client.request(check.url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) req.destroy(new FeedFetchError(`${url} is larger than ${opts.maxBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new FeedFetchError(`${url} did not answer within ${opts.timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
