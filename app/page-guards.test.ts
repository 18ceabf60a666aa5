import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '@/e2e/fixtures/app-routes';

// Next renders a page without its layouts on client navigations (and alongside them on full loads), so a page that
// shows anything protected checks the session itself, first, and sends the visitor back to itself after sign-in.
// e2e/foundation/page-access.spec.ts requests every page; this catches a page added without its check at unit speed.
const PUBLIC = ['/', '/forbidden', '/forgot-password', '/offline', '/reset-password', '/signin', '/signup'];

const pages = discoverPages().map((p) => ({ ...p, source: readFileSync(p.file, 'utf8') }));
const guardOf = (folders: string[]) =>
  folders[0] === '(admin)' ? 'requireAdmin' : folders[0] === '(portal)' ? 'requireUser' : null;
// The route as a template literal would spell it: /admin/notifications/[id] → /admin/notifications/${id}
const callbackOf = (route: string) => route.replace(/\[([^\]]+)\]/g, (_m, name: string) => `\${${name}}`);

describe('pages check the session themselves', () => {
  it('every page is either public or in a group whose pages check', () => {
    const unguarded = pages.filter((p) => !guardOf(p.folders) && !PUBLIC.includes(p.route));
    expect(unguarded.map((p) => p.file)).toEqual([]);
  });

  it.each(pages.filter((p) => guardOf(p.folders)).map((p) => [p.route, p] as const))(
    '%s calls its guard with its own path as the callback',
    (_route, page) => {
      const guard = guardOf(page.folders)!;
      const call = new RegExp(`await ${guard}\\(\\{ callbackUrl: [\`']([^\`']+)[\`'] \\}\\)`).exec(page.source);
      expect(call?.[1], `${page.file} awaits ${guard}({ callbackUrl })`).toBe(callbackOf(page.route));
    },
  );
});
