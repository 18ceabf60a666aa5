import { buildXmlDocument } from './build-xml';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const CAP_MEDIA_TYPE = 'application/cap+xml';

export type AtomLink = { href: string; rel?: 'alternate' | 'self' | 'related'; type?: string; hreflang?: string };

export type AtomEntry = {
  /** A permanent IRI: the alert's CAP URL or a tag: URI (atomTagUri). */
  id: string;
  title: string;
  /** xml:lang of the entry's title and summary, when it differs from the feed's or the feed has none. */
  language?: string;
  updated: Date;
  published?: Date;
  summary?: string;
  /** The entry's CAP document (type application/cap+xml) and any page about it. */
  links: AtomLink[];
};

export type AtomFeed = {
  id: string;
  title: string;
  /** The feed's own URL (rel="self", RFC 4287 §4.2.7.2 recommends it). */
  selfUrl: string;
  /** The portal page showing the same alerts. */
  alternateUrl?: string;
  author: { name: string; uri?: string };
  /** xml:lang of the feed's text. */
  language?: string;
  /** When the feed last changed; the newest entry's update when absent (RFC 4287 §4.2.15). */
  updated?: Date;
  entries: AtomEntry[];
};

/**
 * RFC 4151 tag URI ("tag:town.example,2025-05-01:alerts/abc"): stable even if the portal's URLs change, which RFC
 * 4287 §4.2.6 asks of atom:id.
 */
export function atomTagUri(authority: string, minted: Date, specific: string): string {
  return `tag:${authority},${minted.toISOString().slice(0, 10)}:${specific}`;
}

/** An Atom 1.0 feed (RFC 4287) of alerts, each entry linking to its CAP document as the OASIS CAP feeds note does. */
export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.updated ?? latest(feed.entries.map((e) => e.updated)) ?? new Date(0);
  return buildXmlDocument({
    feed: {
      '@_xmlns': ATOM_NAMESPACE,
      '@_xml:lang': feed.language,
      id: feed.id,
      title: feed.title,
      updated: updated.toISOString(),
      author: { name: feed.author.name, uri: feed.author.uri },
      link: [
        linkElement({ href: feed.selfUrl, rel: 'self', type: 'application/atom+xml' }),
        ...(feed.alternateUrl ? [linkElement({ href: feed.alternateUrl, rel: 'alternate', type: 'text/html' })] : []),
      ],
      entry: feed.entries.map((e) => ({
        '@_xml:lang': e.language,
        id: e.id,
        title: e.title,
        updated: e.updated.toISOString(),
        published: e.published?.toISOString(),
        link: e.links.map(linkElement),
        summary: e.summary,
      })),
    },
  });
}

function linkElement(l: AtomLink) {
  return { '@_rel': l.rel ?? 'alternate', '@_type': l.type, '@_hreflang': l.hreflang, '@_href': l.href };
}

function latest(dates: Date[]): Date | undefined {
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
