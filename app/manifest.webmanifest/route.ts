import { buildManifest, manifestLocale } from '@/lib/pwa/build-manifest';

// GET /manifest.webmanifest — the web app manifest in the reader's language (?lang=, cookie, Accept-Language); public
export function GET(req: Request) {
  const manifest = buildManifest(manifestLocale(new URL(req.url), req.headers));
  return new Response(JSON.stringify(manifest), {
    headers: {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      // One URL, two languages when ?lang= is absent: caches must key on what chose the language.
      Vary: 'Accept-Language, Cookie',
      'Cache-Control': 'no-cache',
    },
  });
}
