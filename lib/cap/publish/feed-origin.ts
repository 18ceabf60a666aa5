import { publicOrigin, requestOrigin } from '../../http/request-origin';

type HeaderSource = Pick<Headers, 'get'>;

/**
 * The origin the public feeds (/alerts.atom, /alerts/<id>.xml) carry, and how they may be cached. Aggregators keep
 * their links, sender and ids, and a shared cache hands one answer to everyone: only the public origin
 * (NEXTAUTH_URL, or loopback on our port) may be cached. Without one, the origin in use answers this request alone.
 */
export function feedOrigin(headers: HeaderSource): { origin: string; cacheControl: string } {
  const origin = publicOrigin(headers);
  return origin
    ? { origin, cacheControl: 'public, max-age=60' }
    : { origin: requestOrigin(headers), cacheControl: 'private, no-store' };
}
