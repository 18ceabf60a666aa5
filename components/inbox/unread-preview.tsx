import Link from 'next/link';
import type { UserPrincipal } from '@/lib/principal/principal';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { countUnread } from '@/lib/inbox/count-unread';
import { listInbox } from '@/lib/inbox/list-inbox';
import { ImportanceLabel } from './importance-label';
import { toListItem } from './to-list-item';
import './inbox.css';

const SHOWN = 5;

/** The home page's first cell: the unread messages, newest first, each with its first words and a link to it. */
export async function UnreadPreview({ user }: { user: UserPrincipal }) {
  const [t, locale, rows, unread] = await Promise.all([
    getMessages('inbox'),
    getLocale(),
    listInbox(user, { unreadOnly: true, limit: SHOWN }),
    countUnread(user),
  ]);
  const items = rows.map((r) => toListItem(r, { locale, timeZone: user.timeZone, t }));
  return (
    <section className="card unread-preview" aria-labelledby="unread-title">
      <h2 id="unread-title">{t.homeUnreadTitle}</h2>
      {items.length === 0 ? (
        <p className="muted" data-testid="unread-empty">
          {t.homeUnreadEmpty}
        </p>
      ) : (
        <ul className="unread-preview__list">
          {items.map((i) => (
            <li
              key={i.id}
              className={i.importance ? `unread-preview__item inbox-item--${i.importance}` : 'unread-preview__item'}
            >
              {/* A full load (not <Link>): the inbox reads the hash on arrival to open and focus that message. */}
              <a href={`/inbox#message-${i.id}`} className="unread-preview__title">
                {i.title}
              </a>
              <p className="muted inbox-item__meta">
                <ImportanceLabel importance={i.importance} t={t} />
                {i.topic && <span className="inbox-item__topic">{i.topic}</span>}
                <span>{i.received}</span>
              </p>
              {i.excerpt && <p className="unread-preview__excerpt">{i.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
      {unread > items.length && <p>{formatMessage(locale, t.homeMore, { count: unread - items.length })}</p>}
      <p>
        <Link href="/inbox">{t.homeSeeAll}</Link>
      </p>
    </section>
  );
}
