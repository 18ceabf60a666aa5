import { describe, expect, it } from 'vitest';
import { ATOM_NAMESPACE, atomTagUri, buildAtomFeed, CAP_MEDIA_TYPE, type AtomFeed } from './build-atom';
import { readSafeXml, type XmlElement } from './read-safe-xml';

const entry = (n: number, updated: string) => ({
  id: `https://town.example/alerts/a${n}.xml`,
  title: `Alert ${n}`,
  updated: new Date(updated),
  published: new Date('2025-05-01T08:00:00Z'),
  summary: `Summary ${n}`,
  links: [
    { href: `https://town.example/alerts/a${n}.xml`, type: CAP_MEDIA_TYPE },
    { href: `https://town.example/inbox/a${n}`, rel: 'related' as const, type: 'text/html' },
  ],
});

const feed: AtomFeed = {
  id: atomTagUri('town.example', new Date('2025-01-01T00:00:00Z'), 'alerts'),
  title: 'Town of Example: public alerts',
  selfUrl: 'https://town.example/alerts.atom',
  alternateUrl: 'https://town.example/alerts',
  author: { name: 'Town of Example', uri: 'https://town.example' },
  language: 'fr',
  entries: [entry(1, '2025-05-01T09:00:00Z'), entry(2, '2025-05-02T10:30:00.250Z')],
};

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name)!;
const all = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

describe('buildAtomFeed', () => {
  it('writes an RFC 4287 feed: id, title, updated, author, self link, one entry per alert', () => {
    const root = readSafeXml(buildAtomFeed(feed), { maxBytes: 1 << 20 });
    expect([root.name, root.ns]).toEqual(['feed', ATOM_NAMESPACE]);
    expect(child(root, 'id').text).toBe('tag:town.example,2025-01-01:alerts');
    expect(child(root, 'title').text).toBe('Town of Example: public alerts');
    expect(child(root, 'updated').text).toBe('2025-05-02T10:30:00.250Z');
    expect(child(child(root, 'author'), 'name').text).toBe('Town of Example');
    expect(all(root, 'entry')).toHaveLength(2);
    for (const e of all(root, 'entry')) {
      expect(['id', 'title', 'updated'].map((n) => child(e, n).text.length > 0)).toEqual([true, true, true]);
    }
  });

  it('links the feed to itself and each entry to its CAP document', () => {
    const xml = buildAtomFeed(feed);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://town.example/alerts.atom">');
    expect(xml).toContain(
      '<link rel="alternate" type="application/cap+xml" href="https://town.example/alerts/a1.xml">',
    );
    expect(xml).toContain('<link rel="related" type="text/html" href="https://town.example/inbox/a2">');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
  });

  it("marks an entry's text with its language when it has one", () => {
    const english = { ...entry(1, '2025-05-01T09:00:00Z'), language: 'en' };
    const root = readSafeXml(buildAtomFeed({ ...feed, entries: [english, entry(2, '2025-05-01T09:00:00Z')] }), {
      maxBytes: 1 << 20,
    });
    expect(all(root, 'entry').map((e) => e.attributes['xml:lang'])).toEqual(['en', undefined]);
  });

  it('escapes titles, summaries and URLs', () => {
    const hostile = entry(3, '2025-05-03T00:00:00Z');
    hostile.title = '</title><entry>x</entry> & <b>';
    hostile.links[0].href = 'https://town.example/alerts/a3.xml?x="1"&y=<2>';
    const xml = buildAtomFeed({ ...feed, entries: [hostile] });
    expect(xml).toContain('href="https://town.example/alerts/a3.xml?x=&quot;1&quot;&amp;y=&lt;2&gt;"');
    const root = readSafeXml(xml, { maxBytes: 1 << 20 });
    const e = child(root, 'entry');
    expect(child(e, 'title').text).toBe('</title><entry>x</entry> & <b>');
    expect(all(root, 'entry')).toHaveLength(1);
  });

  it('is valid with no entries, dated by the given update time', () => {
    const root = readSafeXml(buildAtomFeed({ ...feed, entries: [], updated: new Date('2025-06-01T00:00:00Z') }), {
      maxBytes: 4096,
    });
    expect(child(root, 'updated').text).toBe('2025-06-01T00:00:00.000Z');
    expect(all(root, 'entry')).toEqual([]);
  });
});
