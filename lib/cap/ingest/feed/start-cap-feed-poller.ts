import 'server-only';
import { getEnv } from '../../../env';
import { jsonLogger } from '../../../log/logger';
import { parseCapFeedConfig } from '../../../validation/cap-settings';
import { createCapFeedPoller } from './create-cap-feed-poller';

const g = globalThis as unknown as { __crieurCapFeeds?: NodeJS.Timeout };

/** Polls CAP_FEED_URLS every CAP_FEED_INTERVAL_SECONDS in the web server, one pass at a time. Once per process. */
export function startCapFeedPoller(): void {
  const env = getEnv();
  const { feeds, allowlist } = parseCapFeedConfig(env.CAP_FEED_URLS, env.CAP_FEED_ALLOWLIST);
  if (!feeds.length || g.__crieurCapFeeds) return;
  const log = jsonLogger({ component: 'cap-feeds' });
  const poller = createCapFeedPoller({ feeds, allowlist, log });
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      for (const r of await poller.pollOnce()) if (r.imported) log('info', 'CAP alerts imported', r);
    } finally {
      running = false;
    }
  };
  g.__crieurCapFeeds = setInterval(() => void pass(), env.CAP_FEED_INTERVAL_SECONDS * 1000).unref();
  void pass();
}
