import 'server-only';
import type { EndpointAllowlist } from '../../../push/endpoint-allowlist';
import { createAgentPool } from '../../../push/push-agents';
import { silentLogger, type Logger } from '../../../log/logger';
import { CapError } from '../../cap-error';
import { DEFAULT_MAX_CAP_BYTES } from '../../parse-cap';
import { importCapAlert } from '../import-cap-alert';
import { fetchAllowedUrl } from './fetch-allowed-url';
import { MAX_FEED_BYTES, readCapFeed } from './read-cap-feed';

export type FeedPollReport = { feed: string; notModified: boolean; imported: number; failed: number };
type Validators = { etag?: string; lastModified?: string };

// Documents fetched once per process; a restart reads them again and the (sender, identifier) key skips them.
const MAX_REMEMBERED = 10_000;

/**
 * Polls CAP Atom/RSS feeds: a conditional GET per feed (If-None-Match / If-Modified-Since from its last answer),
 * then each CAP document it links to that this process has not read yet, imported as the feed importer (no token)
 * through importCapAlert — so an identifier is imported once, whatever feed or token brings it again.
 */
export function createCapFeedPoller(opts: {
  feeds: string[];
  allowlist: EndpointAllowlist;
  timeoutMs?: number;
  log?: Logger;
}) {
  const log = opts.log ?? silentLogger;
  const validators = new Map<string, Validators>();
  const read = new Set<string>();
  const agents = createAgentPool({ maxSocketsPerOrigin: 2 });
  const get = (url: string, maxBytes: number, headers: Record<string, string> = {}) =>
    fetchAllowedUrl(url, { allowlist: opts.allowlist, agents, headers, maxBytes, timeoutMs: opts.timeoutMs ?? 10_000 });

  async function importDocument(url: string): Promise<boolean> {
    const res = await get(url, DEFAULT_MAX_CAP_BYTES, { accept: 'application/cap+xml, application/xml' });
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    try {
      return (await importCapAlert(res.body, { apiTokenId: null })).created;
    } catch (err) {
      // A refused document stays refused; an Update whose alert is not in yet is tried again next time.
      if (err instanceof CapError && err.code !== 'unknown_reference') remember(url);
      throw err;
    }
  }

  function remember(url: string) {
    read.add(url);
    if (read.size > MAX_REMEMBERED) read.delete(read.values().next().value!);
  }

  async function pollFeed(feed: string): Promise<FeedPollReport> {
    const v = validators.get(feed) ?? {};
    const res = await get(feed, MAX_FEED_BYTES, {
      accept: 'application/atom+xml, application/rss+xml, application/xml;q=0.9',
      ...(v.etag ? { 'if-none-match': v.etag } : {}),
      ...(v.lastModified ? { 'if-modified-since': v.lastModified } : {}),
    });
    if (res.status === 304) return { feed, notModified: true, imported: 0, failed: 0 };
    if (res.status !== 200) throw new Error(`${feed} answered ${res.status}`);
    // Feeds list the newest first; an Update must come after the alert it references.
    const links = readCapFeed(res.body, feed)
      .reverse()
      .filter((l) => !read.has(l));
    let imported = 0;
    let failed = 0;
    for (const link of links) {
      try {
        if (await importDocument(link)) imported++;
        remember(link);
      } catch (err) {
        failed++;
        log('warn', 'CAP feed entry not imported', { feed, link, error: String((err as Error).message ?? err) });
      }
    }
    // Keep the validators only when every entry was dealt with, so a failed one is retried on the next poll.
    const fresh = { etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
    if (!failed) validators.set(feed, fresh);
    return { feed, notModified: false, imported, failed };
  }

  return {
    /** One pass over every feed; a feed that fails is reported and does not stop the others. */
    async pollOnce(): Promise<FeedPollReport[]> {
      const reports: FeedPollReport[] = [];
      for (const feed of opts.feeds) {
        try {
          reports.push(await pollFeed(feed));
        } catch (err) {
          log('warn', 'CAP feed not read', { feed, error: String((err as Error).message ?? err) });
          reports.push({ feed, notModified: false, imported: 0, failed: 1 });
        }
      }
      return reports;
    },
    close: () => agents.close(),
  };
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
