import { localPath } from '../http/local-path';

/**
 * next-auth's `callbacks.redirect`: where a `callbackUrl` (form, query or the `next-auth.callback-url` cookie) may
 * send the visitor. Never throws — next-auth's default calls `new URL()` on anything that does not start with "/",
 * so `callbackUrl=foo` was a 500, and a planted cookie a 500 on every auth request. A local path goes through the
 * link rule; an absolute URL only when it is on `baseUrl`'s origin; anything else is `baseUrl`.
 */
export function authRedirect({ url, baseUrl }: { url: unknown; baseUrl: string }): string {
  if (typeof url !== 'string') return baseUrl;
  if (url.startsWith('/')) return `${baseUrl}${localPath(url)}`;
  if (!URL.canParse(url) || new URL(url).origin !== baseUrl) return baseUrl;
  const { pathname, search, hash } = new URL(url);
  return `${baseUrl}${localPath(pathname + search + hash)}`;
}
