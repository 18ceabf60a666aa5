/** True when a state-changing request comes from our own pages (or from a non-browser client sending no Origin). */
export function isSameOrigin(req: Request, extraOrigins: string[] = []): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return req.headers.get('sec-fetch-site') !== 'cross-site';
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  const proto = req.headers.get('x-forwarded-proto') ?? new URL(req.url).protocol.replace(':', '');
  const own = host ? `${proto}://${host}` : new URL(req.url).origin;
  return origin === own || extraOrigins.includes(origin);
}
