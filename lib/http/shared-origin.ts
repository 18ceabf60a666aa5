import { publicOrigin, requestOrigin } from './request-origin';

type HeaderSource = Pick<Headers, 'get'>;

/**
 * The origin a publicly cacheable answer carries (the CAP feeds' links, sender and ids; the OpenAPI document's
 * servers), and how it may be cached. A shared cache hands one answer to everyone: only the public origin
 * (NEXTAUTH_URL, or loopback on our port) may be cached. Without one, the origin in use answers this request alone,
 * so a forged Host never reaches anyone else.
 */
export function sharedOrigin(headers: HeaderSource, maxAgeSeconds: number): { origin: string; cacheControl: string } {
  const origin = publicOrigin(headers);
  return origin
    ? { origin, cacheControl: `public, max-age=${maxAgeSeconds}` }
    : { origin: requestOrigin(headers), cacheControl: 'private, no-store' };
}
