// The link rule lives in public/link-rule.js so that the service worker runs the very same code (importScripts);
// importing it here for its effect defines globalThis.CrieurLinkRule on the server and in pages.
import '../../public/link-rule.js';

export type LinkRule = Readonly<{
  MAX_LENGTH: number;
  /** A path of this portal ("/inbox"); never "//host", "/\host", controls, whitespace or their %-encodings. */
  isLocalPath(value: unknown): value is string;
  /** An absolute https URL with a host and no credentials. */
  isHttpsUrl(value: unknown): value is string;
  /** What a notification may link to: isLocalPath or isHttpsUrl. */
  isSafeLink(value: unknown): value is string;
  /** The absolute URL to open, or null when refused. */
  linkHref(value: unknown, origin: string): string | null;
  /** As linkHref, only for pages of `origin`. */
  sameOriginHref(value: unknown, origin: string): string | null;
}>;

declare global {
  var CrieurLinkRule: LinkRule;
}

export const { isLocalPath, isHttpsUrl, isSafeLink, linkHref, sameOriginHref } = globalThis.CrieurLinkRule;
