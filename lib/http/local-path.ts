import { isLocalPath } from '../validation/link';

/**
 * `p` when it is a path on this site, else '/'. Redirecting to whatever `callbackUrl` says would make us an open
 * redirect for phishers: the link rule (public/link-rule.js) refuses "//host", "/\host", controls and whitespace.
 */
export function localPath(p: unknown): string {
  return isLocalPath(p) ? p : '/';
}
