import { CONSTANT_SECURITY_HEADERS } from './lib/http/constant-security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded from node_modules at run time: PGlite reads its WASM and data files beside its own module, argon2 is native.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2', 'web-push', 'pg'],
  async headers() {
    return [
      {
        // The service worker must never be cached by HTTP, or an update would wait for the cache to expire.
        source: '/sw.js',
        headers: [
          { key: 'Cache-Control', value: 'no-cache, no-store, must-revalidate' },
          { key: 'Service-Worker-Allowed', value: '/' },
          { key: 'Content-Type', value: 'application/javascript; charset=utf-8' },
        ],
      },
      {
        // Also reaches the build's static files, which proxy.ts (CSP, HSTS and these again) does not see.
        source: '/:path*',
        headers: Object.entries(CONSTANT_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
