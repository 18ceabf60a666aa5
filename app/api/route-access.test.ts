import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_WRAPPERS, sourceFiles, wrappedExports } from '@/test/wrapped-exports';

// A route handler answers whoever calls its URL: each one is made by the wrapper that checks its caller (session and
// role, or an API token) before the handler runs. Only these answer anyone, on purpose:
const PUBLIC_ROUTES = [
  'app/api/auth/[...nextauth]/route.ts', // next-auth's own sign-in, sign-out, session and CSRF endpoints
  'app/api/push/vapid-public-key/route.ts', // the public key browsers subscribe with
  'app/api/push/receipts/route.ts', // shown/opened reports: a per-delivery token, not a session (may be signed out)
  'app/api/v1/openapi.json/route.ts', // the API's description: shapes, no data
  'app/alerts.atom/route.ts', // public alerts (CAP feed): published to the public on purpose
  'app/alerts/[file]/route.ts', // one public alert as CAP 1.2
  'app/manifest.webmanifest/route.ts', // the web app manifest, fetched by browsers without cookies
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

describe('every route handler', () => {
  const routes = sourceFiles(['app']).filter((f) => /\/route\.tsx?$/.test(f));

  it('is made by withUser, withAdmin or withApiToken, unless the route is public on purpose', () => {
    expect(routes.length).toBeGreaterThan(10);
    const handlers = routes
      .filter((f) => !PUBLIC_ROUTES.includes(f))
      .flatMap((f) => wrappedExports(f, ROUTE_WRAPPERS))
      // Variable exports other than methods are route options (`dynamic`); any other kind of export is suspect.
      .filter((e) => METHODS.includes(e.name) || e.name.startsWith('export'));
    expect(handlers.length).toBeGreaterThan(10);
    expect(handlers.filter((e) => !e.wrapper).map((e) => `${e.file}: ${e.name}`)).toEqual([]);
  });

  it('lists only public routes that exist', () => {
    expect(PUBLIC_ROUTES.filter((f) => !existsSync(f))).toEqual([]);
  });
});
