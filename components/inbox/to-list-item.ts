import type { InboxItem } from '@/lib/inbox/list-inbox';
import { makeExcerpt } from '@/lib/inbox/make-excerpt';
import { formatDate } from '@/lib/i18n/format-date';
import { format, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { importanceOf } from './importance-label';
import type { InboxListItem } from './inbox-item';

/** A row of the inbox as its list (and the home page's unread list) shows it, dates in the reader's zone. */
export function toListItem(
  i: InboxItem,
  opts: { locale: Locale; timeZone: string; t: Messages<'inbox'> },
): InboxListItem {
  return {
    id: i.id,
    title: i.title,
    body: i.body,
    lang: i.lang,
    excerpt: makeExcerpt(i.body),
    url: i.url,
    image: i.image,
    tag: i.tag || i.id,
    topic: i.topicName,
    importance: importanceOf(i),
    links: i.actions.flatMap((a) => (a.type === 'link' ? [{ title: a.title, url: a.url }] : [])),
    wantsAck: i.actions.some((a) => a.type === 'ack'),
    received: format(opts.t.received, {
      date: formatDate(i.receivedAt, { locale: opts.locale, timeZone: opts.timeZone }),
    }),
    read: Boolean(i.readAt),
    acked: Boolean(i.ackedAt),
  };
}
