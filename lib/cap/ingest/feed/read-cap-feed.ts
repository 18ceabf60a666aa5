import { readSafeXml, type XmlElement } from '../../read-safe-xml';

const ATOM = 'http://www.w3.org/2005/Atom';
/** Big enough for a national feed of a few hundred entries. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;

const isCapType = (type: string | undefined) => /^application\/(cap\+)?xml\b/i.test(type ?? '');
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/**
 * The CAP documents an Atom or RSS 2.0 feed points to, as absolute URLs (relative ones resolved against the feed's),
 * newest entries first as feeds list them. Atom: each entry's <link> typed application/cap+xml (our /alerts.atom,
 * NWS, MeteoAlarm), else its alternate link; RSS: an item's CAP <enclosure>, else its <link>. Read like a CAP
 * document (no DTD, no entity), so a hostile feed is as harmless as a hostile alert.
 */
export function readCapFeed(xml: string, feedUrl: string): string[] {
  const root = readSafeXml(xml, { maxBytes: MAX_FEED_BYTES });
  const links = root.name === 'feed' && root.ns === ATOM ? atomLinks(root) : root.name === 'rss' ? rssLinks(root) : [];
  const urls = links.flatMap((href) => (URL.canParse(href, feedUrl) ? [new URL(href, feedUrl).toString()] : []));
  return [...new Set(urls)];
}

function atomLinks(feed: XmlElement): string[] {
  return childrenNamed(feed, 'entry').flatMap((entry) => {
    const links = childrenNamed(entry, 'link').filter((l) => l.ns === ATOM && l.attributes.href);
    const cap = links.find((l) => isCapType(l.attributes.type));
    const alternate = links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate');
    const chosen = cap ?? alternate;
    return chosen ? [chosen.attributes.href] : [];
  });
}

function rssLinks(rss: XmlElement): string[] {
  const channel = child(rss, 'channel');
  return (channel ? childrenNamed(channel, 'item') : []).flatMap((item) => {
    const enclosure = childrenNamed(item, 'enclosure').find((e) => isCapType(e.attributes.type) && e.attributes.url);
    const link = child(item, 'link')?.text.trim();
    const chosen = enclosure?.attributes.url ?? link;
    return chosen ? [chosen] : [];
  });
}
