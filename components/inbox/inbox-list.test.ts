import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import messages from '@/messages/inbox';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh() {} }) }));
const { InboxList } = await import('./inbox-list');

const item = {
  id: 'n1',
  title: 'Works',
  lang: 'en',
  body: 'Rue de la Paix',
  excerpt: 'Rue de la Paix',
  topic: null as string | null,
  importance: null as 'critical' | 'high' | null,
  url: '/inbox',
  image: '/icons/icon-192.png',
  tag: 'n1',
  links: [{ title: 'Map', url: 'https://ville.example/map' }],
  wantsAck: false,
  received: 'today',
  read: false,
  acked: false,
};
const render = (over: Partial<typeof item>) =>
  renderToStaticMarkup(createElement(InboxList, { items: [{ ...item, ...over }], t: messages.en }));

describe('InboxList renders only links the link rule accepts', () => {
  it('shows a valid message link, button link and image', () => {
    const html = render({});
    expect(html).toContain('href="/inbox"');
    expect(html).toContain('href="https://ville.example/map"');
    expect(html).toContain('src="/icons/icon-192.png"');
  });

  it.each([
    '/\t/evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '/%2F/evil.example',
    'https://a@evil.example/',
  ])('a stored %j is not rendered as a link or image at all', (bad) => {
    const html = render({
      url: bad,
      image: bad,
      links: [
        { title: 'Evil', url: bad },
        { title: 'Map', url: '/map' },
      ],
    });
    expect(html).not.toContain('evil');
    expect(html).not.toContain('javascript');
    expect(html).toContain('href="/map"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toContain('<img');
  });
});

describe('a closed message can be scanned', () => {
  it('shows its first words, its topic and its date before it is opened', () => {
    const html = render({ excerpt: 'Rue de la Paix…', topic: 'Roadworks' });
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('<p class="inbox-item__excerpt" lang="en">Rue de la Paix…</p>');
    expect(html).toContain('Topic: Roadworks');
    expect(html).toContain('today');
  });

  it('says a storm warning is urgent with an icon and words, and a market notice is not', () => {
    const storm = render({ importance: 'critical' });
    expect(storm).toContain('inbox-item--critical');
    expect(storm).toMatch(/<span aria-hidden="true" class="importance__icon">⚠<\/span>Urgent alert/);
    expect(render({ importance: 'high' })).toContain('Important');
    const market = render({});
    expect(market).not.toContain('importance');
    expect(market).not.toContain('Urgent');
  });
});
