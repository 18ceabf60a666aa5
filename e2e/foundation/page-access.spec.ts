import type { APIRequestContext, APIResponse } from '@playwright/test';
import { computeCacheBustingSearchParam } from 'next/dist/shared/lib/router/utils/cache-busting-search-param.js';
import { discoverPages, pagePath, routerState, type AppPage, type RefreshMarker } from '../fixtures/app-routes';
import { signInViaApi } from '../fixtures/auth';
import { MARKER_IDS, MARKERS, type Marker } from '../fixtures/markers';
import { expect, test } from '../fixtures/test';

// Every page under app/, requested by four kinds of caller as a full load and as the requests a Next client sends
// when it navigates (RSC, with several router states) or prefetches. A layout's check does not run when the client
// says that layout is on screen, so only a check in the page itself holds. The seeded markers (markers.ts) must show
// up exactly where the caller may see them: a refused caller gets a redirect, or at least no data.

type Access = 'public' | 'user' | 'admin';
type Caller = 'anonymous' | 'garbage cookie' | 'citizen' | 'admin';
type Markers = Partial<Record<Caller, Marker[]>>;
/** `shows` must appear; `mayShow` may (a list of the latest few depends on what other specs created meanwhile). */
type Row = { access: Access; params?: Record<string, string>; shows?: Markers; mayShow?: Markers };

// One row per page: who may open it and which markers it shows them. A page without a row fails the test below.
const EXPECTED: Record<string, Row> = {
  // The home page previews the citizen's own unread messages:
  // whether the marker is still unread depends on other specs.
  '/': { access: 'public', mayShow: { citizen: ['inboxTitle', 'inboxBody'] } },
  '/signin': { access: 'public' },
  '/signup': { access: 'public' },
  '/forgot-password': { access: 'public' },
  '/reset-password': { access: 'public' },
  '/forbidden': { access: 'public' },
  '/offline': { access: 'public' },
  '/inbox': { access: 'user', shows: { citizen: ['inboxTitle', 'inboxBody'] } },
  '/settings/notifications': { access: 'user' },
  '/settings/account': { access: 'user' },
  '/admin': { access: 'admin', mayShow: { admin: ['notificationTitle', 'inboxTitle'] } }, // the dashboard's latest five
  '/admin/compose': { access: 'admin' },
  '/admin/devices': { access: 'admin', shows: { admin: ['residentName', 'residentEmail'] } },
  '/admin/tokens': { access: 'admin', shows: { admin: ['tokenName', 'tokenPrefix'] } },
  '/admin/tokens/api': { access: 'admin' },
  '/admin/topics': { access: 'admin' },
  '/admin/people': { access: 'admin', shows: { admin: ['residentName', 'residentEmail'] } },
  // The latest entries name whoever other specs acted on (a person, a token, a notification's title).
  '/admin/audit': {
    access: 'admin',
    mayShow: { admin: ['residentName', 'residentEmail', 'tokenName', 'tokenPrefix', 'notificationTitle'] },
  },
  // Its first page: the latest 25, which the notifications of the specs before this one may fill (the detail page
  // below shows the same marker without fail).
  '/admin/notifications': { access: 'admin', mayShow: { admin: ['notificationTitle', 'inboxTitle'] } },
  '/admin/notifications/[id]': {
    access: 'admin',
    params: { id: MARKER_IDS.notification },
    shows: { admin: ['notificationTitle', 'notificationBody', 'deliveryLog', 'residentName', 'residentEmail'] },
  },
};

const MAY_OPEN: Record<Caller, Access[]> = {
  anonymous: ['public'],
  'garbage cookie': ['public'],
  citizen: ['public', 'user'],
  admin: ['public', 'user', 'admin'],
};

const pages = discoverPages();
const rowOf = (p: AppPage) => EXPECTED[p.route];
const stateOf = (p: AppPage, marker?: RefreshMarker) => routerState(p, rowOf(p)?.params, marker);
const firstOther = (access: Access, target: AppPage) => pages.find((p) => rowOf(p)?.access === access && p !== target)!;

/**
 * How a request is made; `renders` says whether Next renders the target page for it (then positive checks apply).
 * RSC requests carry the `_rsc` a Next client computes from their headers, unless `rscQuery` is 'missing': then the
 * server's redirect to the right one is followed.
 */
type Variant = {
  name: string;
  renders: boolean;
  headers?: (target: AppPage) => Record<string, string>;
  rscQuery?: 'missing';
};
const rsc = (tree: string, extra: Record<string, string> = {}) => ({
  RSC: '1',
  'Next-Router-State-Tree': tree,
  ...extra,
});
const root = pages.find((p) => p.route === '/')!;
const prefetch = { 'Next-Router-Prefetch': '1' };

const VARIANTS: Variant[] = [
  { name: 'full load', renders: true },
  { name: 'RSC, root page on screen', renders: true, headers: () => rsc(stateOf(root)) },
  { name: 'RSC, another admin page on screen', renders: true, headers: (t) => rsc(stateOf(firstOther('admin', t))) },
  { name: 'RSC, a portal page on screen', renders: true, headers: (t) => rsc(stateOf(firstOther('user', t))) },
  { name: 'RSC, the same page on screen', renders: false, headers: (t) => rsc(stateOf(t)) },
  { name: 'RSC, the same page on screen, marked refetch', renders: true, headers: (t) => rsc(stateOf(t, 'refetch')) },
  // The head alone (metadata): a generateMetadata that reads protected data must check too.
  { name: 'RSC, the same page, metadata only', renders: false, headers: (t) => rsc(stateOf(t, 'metadata-only')) },
  {
    name: 'RSC without ?_rsc=, another admin page on screen',
    renders: true,
    rscQuery: 'missing',
    headers: (t) => rsc(stateOf(firstOther('admin', t))),
  },
  {
    name: 'prefetch, another admin page on screen',
    renders: false,
    headers: (t) => rsc(stateOf(firstOther('admin', t)), prefetch),
  },
  {
    name: 'route-tree prefetch',
    renders: false,
    headers: (t) => rsc(stateOf(firstOther('admin', t)), { ...prefetch, 'Next-Router-Segment-Prefetch': '/_tree' }),
  },
];

/** The request a Next client would send: `_rsc` hashes the routing headers (without it the server redirects first). */
async function send(context: APIRequestContext, url: string, v: Variant, target: AppPage) {
  const headers = v.headers?.(target);
  if (!headers) return context.get(url, { maxRedirects: 0 });
  if (v.rscQuery === 'missing') {
    const first = await context.get(url, { headers, maxRedirects: 0 });
    const location = first.headers()['location'] ?? '';
    // Only the cache-busting redirect is followed; a redirect elsewhere (the proxy's, to sign in) is the answer.
    return location.startsWith(`${url}?_rsc=`) ? context.get(location, { headers, maxRedirects: 0 }) : first;
  }
  const h = (name: string) => headers[name];
  const query = await computeCacheBustingSearchParam(
    h('Next-Router-Prefetch') as '1' | undefined,
    h('Next-Router-Segment-Prefetch'),
    h('Next-Router-State-Tree'),
    h('Next-Url'),
  );
  return context.get(`${url}?_rsc=${query}`, { headers, maxRedirects: 0 });
}

const CALLERS: Caller[] = ['anonymous', 'garbage cookie', 'citizen', 'admin'];
const contexts = {} as Record<Caller, APIRequestContext>;

test.beforeAll(async ({ playwright, baseURL }) => {
  for (const caller of CALLERS) {
    const cookie = caller === 'garbage cookie' ? { cookie: 'next-auth.session-token=x' } : undefined;
    contexts[caller] = await playwright.request.newContext({ baseURL, extraHTTPHeaders: cookie });
    if (caller === 'citizen' || caller === 'admin') await signInViaApi(contexts[caller], caller);
  }
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c.dispose()));
});

test('every page under app/ has a row in the table', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((p) => !rowOf(p)).map((p) => p.file)).toEqual([]);
});

for (const page of pages) {
  for (const caller of CALLERS) {
    test(`${page.route} as ${caller}`, async () => {
      const row = rowOf(page);
      test.skip(!row, 'no row (the test above fails)');
      const allowed = MAY_OPEN[caller].includes(row.access);
      const visible = new Set(allowed ? (row.shows?.[caller] ?? []) : []);
      const tolerated = new Set(allowed ? (row.mayShow?.[caller] ?? []) : []);
      const url = pagePath(page, row.params);
      for (const v of VARIANTS) {
        const what = `${v.name}: ${url} as ${caller}`;
        const res = await send(contexts[caller], url, v, page);
        const body = await res.text();
        expect(res.status(), `${what} answered ${res.status()}`).toBeLessThan(500);
        for (const [marker, text] of Object.entries(MARKERS) as [Marker, string][]) {
          if (tolerated.has(marker)) continue;
          if (!visible.has(marker)) expect(body, `${what} leaks ${marker}`).not.toContain(text);
          else if (v.renders) expect(body, `${what} shows ${marker}`).toContain(text);
        }
        if (allowed && v.headers) {
          expect(res.status(), `${what} is answered`).toBe(200);
          expect(res.headers()['content-type'], `${what} is an RSC payload`).toContain('text/x-component');
        }
        if (!allowed && v.renders) expectRefused(res, body, caller === 'citizen' ? '/forbidden' : '/signin', what);
      }
    });
  }
}

/** A full load answers with an HTTP redirect; an RSC request with one or with a redirect in its payload. */
function expectRefused(res: APIResponse, body: string, to: string, what: string) {
  const location = res.headers()['location'] ?? '';
  if (res.status() >= 300 && res.status() < 400) {
    expect(location, `${what} redirects to ${to}`).toMatch(new RegExp(`^(https?://[^/]+)?${to}`));
    return;
  }
  expect(res.headers()['content-type'], `${what} is refused`).toContain('text/x-component');
  expect(body, `${what} carries a redirect to ${to}`).toMatch(new RegExp(`NEXT_REDIRECT;(replace|push);${to}`));
}
