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

// Only requests without a usable Host get here, and no browser sends those.
const defaultHost = () => `localhost:${process.env.PORT || 3000}`;

/** The origin the person is using for this request (see resolveRequestOrigin), whatever NEXTAUTH_URL says. */
export function ownOrigin(
  headers: HeaderSource,
  proxies: TrustedProxies = getEnv().TRUSTED_PROXIES,
  fallbackHost = defaultHost(),
): string {
  return resolveRequestOrigin(originClues(headers), proxies, fallbackHost);
}

/**
 * The origin every absolute URL and redirect answering this request must use: NEXTAUTH_URL's when it is set (the
 * public URL, fixed by whoever runs the portal), else the one the person is using.
 */
export function requestOrigin(
  headers: HeaderSource,
  env: Pick<Env, 'NEXTAUTH_URL' | 'TRUSTED_PROXIES'> = getEnv(),
): string {
  return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : ownOrigin(headers, env.TRUSTED_PROXIES);
}
