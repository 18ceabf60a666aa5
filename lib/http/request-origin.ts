import { getEnv, type Env } from '../env';
import { resolveRequestOrigin, type OriginClues } from './forwarded-origin';
import { PEER_ADDRESS_HEADER } from './peer-address';
import type { TrustedProxies } from '../validation/trusted-proxies';

type HeaderSource = Pick<Headers, 'get'>;

export const originClues = (headers: HeaderSource): OriginClues => ({
  host: headers.get('host'),
  forwardedHost: headers.get('x-forwarded-host'),
  forwardedProto: headers.get('x-forwarded-proto'),
  peer: headers.get(PEER_ADDRESS_HEADER),
});

/** The port `next start` listens on (scripts/start.ts: PORT, else 3000). */
export const listenPort = () => process.env.PORT || '3000';

// Only requests without a usable Host get here, and no browser sends those.
const defaultHost = () => `localhost:${listenPort()}`;

/** The origin the person is using for this request (see resolveRequestOrigin), whatever NEXTAUTH_URL says. */
export function ownOrigin(
  headers: HeaderSource,
  proxies: TrustedProxies = getEnv().TRUSTED_PROXIES,
  fallbackHost = defaultHost(),
): string {
  return resolveRequestOrigin(originClues(headers), proxies, fallbackHost);
}

/**
 * The origin for answering THIS request (redirects, the OpenAPI document's servers, pages): NEXTAUTH_URL's when it
 * is set (the public URL, fixed by whoever runs the portal), else the one the person is using. Never for a link
 * that goes to someone else or is kept (mails, cached feeds): a client picks its own Host — use publicOrigin.
 */
export function requestOrigin(
  headers: HeaderSource,
  env: Pick<Env, 'NEXTAUTH_URL' | 'TRUSTED_PROXIES'> = getEnv(),
): string {
  return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : ownOrigin(headers, env.TRUSTED_PROXIES);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin a link sent to someone else may carry (a reset mail, a cached feed): NEXTAUTH_URL's; without it, the
 * origin in use only when it is a loopback host on the port this server listens on — what `npm start` serves with no
 * configuration, and a forged Host cannot send a resident's token anywhere else. Otherwise null: no link.
 */
export function publicOrigin(
  headers: HeaderSource,
  env: Pick<Env, 'NEXTAUTH_URL' | 'TRUSTED_PROXIES'> = getEnv(),
  port: string = listenPort(),
): string | null {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const url = new URL(ownOrigin(headers, env.TRUSTED_PROXIES));
  const usedPort = url.port || (url.protocol === 'https:' ? '443' : '80');
  return LOOPBACK.has(url.hostname) && usedPort === port ? url.origin : null;
}
