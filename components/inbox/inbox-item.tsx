'use client';
import type { Messages } from '@/messages';
import { format } from '@/lib/i18n/locales';
import { isSafeLink } from '@/lib/validation/link';
import { ImportanceLabel, type Importance } from './importance-label';

export type InboxListItem = {
  id: string;
  title: string;
  body: string;
  /** The language of title and body (the reader's variant), for screen readers, hyphenation and fonts. */
  lang: string;
  /** The first words of the body, shown while the message is closed. */
  excerpt: string;
  url: string | null;
  image: string | null;
  /** The tag its device notification carries (its own tag, else its id). */
  tag: string;
  topic: string | null;
  importance: Importance;
  links: Array<{ title: string; url: string }>;
  wantsAck: boolean;
  received: string;
  read: boolean;
  acked: boolean;
};

type Strings = Messages<'inbox'>;

/** Only what the link rule accepts is rendered as a link or image: rows stored before the rule existed included. */
export function safeLinks(item: Pick<InboxListItem, 'url' | 'image' | 'links'>) {
  return {
    url: isSafeLink(item.url) ? item.url : null,
    image: isSafeLink(item.image) ? item.image : null,
    links: item.links.filter((l) => isSafeLink(l.url)),
  };
}

type Props = {
  item: InboxListItem;
  open: boolean;
  t: Strings;
  onToggle(): void;
  onAck(): void;
  onForget(): void;
};

/**
 * One message. Closed, it still shows what a resident scans for: title, importance (icon and words, not colour
 * alone), topic, date and the first words; opened, the whole text replaces the first words below the title, so
 * nothing above it moves.
 */
export function InboxItem({ item, open, t, onToggle, onAck, onForget }: Props) {
  const { url, image, links } = safeLinks(item);
  const classes = [
    'card',
    'inbox-item',
    item.read ? '' : 'inbox-item--unread',
    item.importance ? `inbox-item--${item.importance}` : '',
  ];
  return (
    <li id={`message-${item.id}`} className={classes.filter(Boolean).join(' ')} data-testid="inbox-item">
      <h2 className="inbox-item__title">
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={`msg-${item.id}`}
          onClick={onToggle}
        >
          <span aria-hidden="true" className="inbox-item__chevron">
            {open ? '▾' : '▸'}
          </span>
          <span lang={item.lang}>{item.title}</span>
        </button>
        {!item.read && <span className="badge inbox-item__new">{t.unread}</span>}
      </h2>
      <p className="muted inbox-item__meta">
        <ImportanceLabel importance={item.importance} t={t} />
        {item.topic && <span className="inbox-item__topic">{format(t.topic, { topic: item.topic })}</span>}
        <span>{item.received}</span>
      </p>
      {!open && item.excerpt && (
        <p className="inbox-item__excerpt" lang={item.lang}>
          {item.excerpt}
        </p>
      )}
      <div id={`msg-${item.id}`} hidden={!open} className="inbox-item__body">
        {item.body && <p lang={item.lang}>{item.body}</p>}
        {image && <img src={image} alt="" className="inbox-item__image" />}
        {(url || links.length > 0) && (
          <p className="row">
            {url && <a href={url}>{t.openLink}</a>}
            {links.map((l) => (
              <a key={l.url + l.title} href={l.url}>
                {l.title}
              </a>
            ))}
          </p>
        )}
      </div>
      <div className="row">
        {item.wantsAck && !item.acked && (
          <button type="button" className="btn btn--small" title={t.okHint} onClick={onAck}>
            {t.ok}
          </button>
        )}
        {item.acked && (
          <span className="inbox-item__acked" data-testid="acknowledged">
            ✓ {t.acknowledged}
          </span>
        )}
        <button type="button" className="btn btn--small btn--ghost" title={t.forgetHint} onClick={onForget}>
          {t.forget}
        </button>
      </div>
    </li>
  );
}
