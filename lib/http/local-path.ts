/**
 * `p` when it is a path on this site, else '/'. Redirecting to whatever `callbackUrl` says would make us an open
 * redirect for phishers; browsers read `/\evil.example` like `//evil.example`, so backslashes are refused too.
 */
export function localPath(p: unknown): string {
  if (typeof p !== 'string' || !p.startsWith('/') || /^\/[/\\]|[\\\x00-\x1f\x7f]/.test(p)) return '/';
  return p;
}
