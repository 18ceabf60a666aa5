import { describe, expect, it } from 'vitest';
import { loadServiceWorker, SW_ORIGIN } from '../../test/service-worker-harness';
import { localPath } from '../http/local-path';
import { isLocalPath, isSafeLink, linkHref, sameOriginHref } from './link';
import { notificationInputSchema } from './notification';

// One case table, run against the schema, the server's rule and the service worker (which loads the same file):
// if any of them disagreed, a link refused here could still be opened on a device, or the reverse.
const LOCAL = [
  '/',
  '/inbox',
  '/admin?tab=devices#top',
  '/settings/notifications',
  '/a/b/../c',
  '/événements',
  '/files/my%20doc.pdf',
  '/search?q=a%2Fb',
  '/x?next=//not-a-host',
];
const HTTPS = [
  'https://example.org',
  'https://example.org/',
  'https://ville.example/travaux?rue=paix#carte',
  'HTTPS://EXAMPLE.ORG/x',
  'https://münchen.example/',
  'https://example.org:8443/x',
];
const REFUSED = [
  // whitespace and controls anywhere: browsers delete tab/CR/LF from URLs, so these become //evil.example
  '/\t/evil.example/',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\u0000/evil.example',
  ' /inbox',
  '/inbox ',
  '/in box',
  '/\u0085/evil.example',
  '/\u2028/evil.example',
  '/\u2029x',
  '/\u00a0x',
  '/\u3000x',
  '/\u200b/evil.example',
  '/\u202e/x',
  '/\ufeffx',
  '/\u007f',
  '/\u009bx',
  '/x\ud800',
  'https://example.org/\t',
  'https://exa\tmple.org/',
  'https://example.org/ x',
  // leaving the site
  '//evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '///evil.example',
  // percent-encoded tricks
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '/%5Cevil.example',
  '/%5c/evil.example',
  '/%09/evil.example',
  '/%0A',
  '/%00',
  '/%E0%A4%A',
  // other schemes, relative forms, credentials
  'http://example.org',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'ftp://example.org',
  'inbox',
  './inbox',
  '../inbox',
  'https:evil.example',
  'https:/evil.example',
  'https://',
  'https://user@example.org/',
  'https://user:pw@example.org/',
  'https://example.org@evil.example/',
  'x'.repeat(2049),
  '/' + 'x'.repeat(2048),
];

describe('the one link rule', () => {
  it.each([...LOCAL, ...HTTPS])('accepts %j everywhere', (link) => {
    expect(isSafeLink(link)).toBe(true);
    expect(notificationInputSchema.safeParse({ title: 't', url: link, audience: { kind: 'everyone' } }).success).toBe(
      true,
    );
  });

  it.each(REFUSED)('refuses %j everywhere', (link) => {
    expect(isSafeLink(link)).toBe(false);
    const r = notificationInputSchema.safeParse({
      title: 't',
      url: link,
      icon: link,
      image: link,
      actions: [{ type: 'link', title: 'x', url: link }],
      audience: { kind: 'everyone' },
    });
    const fields = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(Object.keys(fields).sort(), JSON.stringify(fields)).toEqual(['actions.0.url', 'icon', 'image', 'url']);
    expect(linkHref(link, SW_ORIGIN)).toBeNull();
  });

  it('refuses an empty link (a form\'s blank field means "no link" to the schema instead)', () => {
    expect(isSafeLink('')).toBe(false);
    expect(linkHref('', SW_ORIGIN)).toBeNull();
    expect(notificationInputSchema.parse({ title: 't', url: '', audience: { kind: 'everyone' } }).url).toBeUndefined();
  });

  it('redirects after sign-in only to local paths', () => {
    for (const p of LOCAL) expect(localPath(p)).toBe(p);
    for (const p of [...HTTPS, ...REFUSED]) expect(localPath(p)).toBe('/');
    expect(isLocalPath('https://example.org/')).toBe(false);
  });

  it('resolves hrefs: local paths against the origin, https as is, sameOriginHref only for the origin', () => {
    expect(linkHref('/inbox', SW_ORIGIN)).toBe(`${SW_ORIGIN}/inbox`);
    expect(linkHref('https://example.org/x', SW_ORIGIN)).toBe('https://example.org/x');
    expect(sameOriginHref('https://example.org/x', SW_ORIGIN)).toBeNull();
    expect(sameOriginHref(`${SW_ORIGIN}/inbox`, SW_ORIGIN)).toBe(`${SW_ORIGIN}/inbox`);
    expect(sameOriginHref(['/inbox'], SW_ORIGIN)).toBeNull();
  });
});

describe('the service worker applies the same rule', () => {
  const sw = loadServiceWorker();

  it('loads the rule the server uses (importScripts /link-rule.js)', () => {
    for (const link of [...LOCAL, ...HTTPS]) expect(sw.rule.isSafeLink(link)).toBe(true);
    for (const link of REFUSED) expect(sw.rule.isSafeLink(link)).toBe(false);
  });

  it.each(REFUSED)('never opens %j: a click goes to the portal’s home page', async (link) => {
    sw.shown.length = 0;
    sw.opened.length = 0;
    await sw.push({
      title: 'T',
      url: link,
      icon: link,
      image: link,
      notificationId: 'n1',
      actions: [{ action: 'link-0', title: 'Go', url: link }],
    });
    const { options } = sw.shown[0];
    expect(options.data.url).toBe(`${SW_ORIGIN}/`);
    expect(options.icon).toBe('/icons/icon-192.png');
    expect(options.image).toBeUndefined();
    await sw.click(options.data);
    await sw.click(options.data, 'link-0');
    expect(sw.opened).toEqual([`${SW_ORIGIN}/`, `${SW_ORIGIN}/`]);
  });

  it('opens a local link on click, and an https link only from its action button', async () => {
    sw.shown.length = 0;
    sw.opened.length = 0;
    await sw.push({
      title: 'T',
      url: '/inbox',
      notificationId: 'n1',
      actions: [{ action: 'link-0', title: 'Map', url: 'https://example.org/map' }],
    });
    await sw.push({ title: 'T', url: 'https://example.org/elsewhere', notificationId: 'n2' });
    await sw.click(sw.shown[0].options.data);
    await sw.click(sw.shown[0].options.data, 'link-0');
    await sw.click(sw.shown[1].options.data);
    expect(sw.opened).toEqual([`${SW_ORIGIN}/inbox`, 'https://example.org/map', `${SW_ORIGIN}/`]);
  });
});
