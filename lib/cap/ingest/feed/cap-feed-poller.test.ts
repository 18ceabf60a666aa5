import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/test/databases';
import { capInfoXml, capMessageXml } from '@/test/cap-ingest';
import { insertUsers, useTestDatabase } from '@/test/delivery-fixtures';
import { parseCapFeedConfig } from '../../../validation/cap-settings';
import { createCapFeedPoller } from './create-cap-feed-poller';

// A local feed server: an Atom feed (ETag), an RSS feed (Last-Modified) and the CAP documents they link to.
const sent = new Date(Math.floor(Date.now() / 1000) * 1000);
const DOCS: Record<string, string> = {
  '/cap/storm.xml': capMessageXml({ identifier: 'feed-storm', sent, infos: [capInfoXml({ headline: 'Storm' })] }),
  '/cap/storm-update.xml': capMessageXml({
    identifier: 'feed-storm-2',
    sent,
    msgType: 'Update',
    references: ['feed-storm'],
    infos: [capInfoXml({ headline: 'Storm, stronger' })],
  }),
  '/cap/heat.xml': capMessageXml({ identifier: 'feed-heat', sent, infos: [capInfoXml({ headline: 'Heat wave' })] }),
  '/cap/broken.xml': '<!DOCTYPE alert><alert/>',
};
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Alerts</title>
<entry><title>Storm, stronger</title>
  <link rel="alternate" type="application/cap+xml" href="/cap/storm-update.xml"/></entry>
<entry><title>Storm</title><link href="https://elsewhere.example/page"/>
  <link rel="alternate" type="application/cap+xml" href="/cap/storm.xml"/></entry>
<entry><title>Elsewhere</title><link type="application/cap+xml" href="http://10.0.0.1/cap/x.xml"/></entry>
<entry><title>Broken</title><link type="application/cap+xml" href="/cap/broken.xml"/></entry></feed>`;
const RSS = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Alerts</title>
<item><title>Heat</title><link>${origin}/cap/heat.xml</link></item>
<item><title>Storm again</title><enclosure type="application/cap+xml" url="${origin}/cap/storm.xml" length="1"/></item>
</channel></rss>`;

const requests: Array<{ url: string; conditional: boolean }> = [];
let server: Server;
let origin: string;

function answer(req: IncomingMessage): { status: number; body?: string; headers?: Record<string, string> } {
  const conditional = Boolean(req.headers['if-none-match'] ?? req.headers['if-modified-since']);
  requests.push({ url: req.url!, conditional });
  if (req.url === '/atom') {
    if (req.headers['if-none-match'] === '"v1"') return { status: 304 };
    return { status: 200, body: ATOM, headers: { etag: '"v1"', 'content-type': 'application/atom+xml' } };
  }
  if (req.url === '/rss') {
    const lastModified = 'Wed, 02 Dec 2026 08:00:00 GMT';
    if (req.headers['if-modified-since'] === lastModified) return { status: 304 };
    return { status: 200, body: RSS(origin), headers: { 'last-modified': lastModified } };
  }
  const doc = DOCS[req.url!];
  return doc ? { status: 200, body: doc, headers: { 'content-type': 'application/cap+xml' } } : { status: 404 };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const a = answer(req);
    res.writeHead(a.status, a.headers).end(a.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("refuses feeds outside their allowlist, with the push endpoints' SSRF rules", () => {
  expect(() => parseCapFeedConfig('https://alerts.example/feed', undefined)).toThrow(/CAP_FEED_ALLOWLIST must list/);
  expect(() => parseCapFeedConfig('https://other.example/feed', 'alerts.example')).toThrow(/not_allowed/);
  expect(() => parseCapFeedConfig('http://alerts.example/feed', 'alerts.example')).toThrow(/scheme/);
  expect(() => parseCapFeedConfig('https://10.0.0.1/feed', 'alerts.example')).toThrow(/ip_literal/);
  expect(() => parseCapFeedConfig('https://alerts.corp.local/feed', 'alerts.corp.local')).toThrow(/private_host/);
  expect(parseCapFeedConfig('https://cap.alerts.example/feed', '*.alerts.example').feeds).toHaveLength(1);
  expect(parseCapFeedConfig(undefined, undefined).feeds).toEqual([]);
});

describeEachDatabase('polling CAP Atom and RSS feeds', (kind) => {
  const database = useTestDatabase(kind);
  const titles = async () =>
    await database().sql.query<{ title: string; cancelled: boolean }>(
      `SELECT title, "cancelledAt" IS NOT NULL AS cancelled FROM "Notification" ORDER BY title`,
    );

  beforeAll(async () => {
    await insertUsers(database().sql, [{ id: 'ana', endpoints: ['https://push.test/ana'] }]);
    requests.length = 0;
  });

  it('imports each linked alert once, in order, with conditional GETs and nothing outside the list', async () => {
    const { feeds, allowlist } = parseCapFeedConfig(`${origin}/atom,${origin}/rss`, origin);
    const poller = createCapFeedPoller({ feeds, allowlist });
    try {
      const first = await poller.pollOnce();
      expect(first.map((r) => [r.imported, r.failed])).toEqual([
        [2, 2],
        [1, 0],
      ]);
      expect(await titles()).toEqual([
        { title: 'Heat wave', cancelled: false },
        { title: 'Storm', cancelled: true },
        { title: 'Storm, stronger', cancelled: false },
      ]);
      // The private address outside the list was never dialled; the storm was fetched once for both feeds.
      expect(requests.filter((r) => r.url === '/cap/storm.xml')).toHaveLength(1);

      const second = await poller.pollOnce();
      expect(second.map((r) => [r.notModified, r.imported])).toEqual([
        [false, 0],
        [true, 0],
      ]);
      expect(requests.filter((r) => r.url === '/rss').map((r) => r.conditional)).toEqual([false, true]);
      // The Atom feed had a refused entry, so it was read again in full, but the broken document is not fetched again.
      expect(requests.filter((r) => r.url === '/cap/broken.xml')).toHaveLength(1);
      expect(await titles()).toHaveLength(3);
    } finally {
      poller.close();
    }
  });
});
