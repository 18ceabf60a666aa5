import { getEnv } from '../env';
import { ownOrigin } from './request-origin';

/**
 * True when a state-changing request comes from our own pages (or from a non-browser client sending no Origin):
 * its Origin is the origin the browser used to reach us (X-Forwarded-* believed only from TRUSTED_PROXIES) or one
 * of `extraOrigins` (NEXTAUTH_URL's).
 */
export function isSameOrigin(req: Request, extraOrigins: string[] = []): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return req.headers.get('sec-fetch-site') !== 'cross-site';
  const own = ownOrigin(req.headers, getEnv().TRUSTED_PROXIES, new URL(req.url).host);
  return origin === own || extraOrigins.includes(origin);
}
