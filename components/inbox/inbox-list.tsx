'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { Messages } from '@/messages';
import { changeInboxItem, closeDeviceNotification, setAppBadge, type InboxChange } from './inbox-client';
import './inbox.css';

export type InboxListItem = {
  id: string;
  title: string;
  body: string;
  url: string | null;
  image: string | null;
  /** The tag its device notification carries (its own tag, else its id). */
  tag: string;
  links: Array<{ title: string; url: string }>;
  wantsAck: boolean;
  received: string;
  read: boolean;
  acked: boolean;
};

type Strings = Messages<'inbox'>;

/** The inbox: opening a message marks it read, "OK" acknowledges it, "Forget" hides it. */
export function InboxList({ items, t }: { items: InboxListItem[]; t: Strings }) {
  const router = useRouter();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [local, setLocal] = useState<Record<string, Partial<Pick<InboxListItem, 'read' | 'acked'>> & { forgotten?: boolean }>>({});
  const [announce, setAnnounce] = useState('');
  const known = useRef(new Set(items.map((i) => i.id)));

  // A push re-renders the page (InboxSync): say so when it brought a message we had not shown yet.
  useEffect(() => {
    const fresh = items.filter((i) => !known.current.has(i.id));
    for (const i of fresh) known.current.add(i.id);
    if (fresh.length) setAnnounce(t.announceNew);
  }, [items, t.announceNew]);

  async function change(item: InboxListItem, kind: InboxChange, message: string) {
    const before = local[item.id];
    const next = kind === 'read' ? { read: true } : kind === 'ack' ? { read: true, acked: true } : { read: true, forgotten: true };
    setLocal((l) => ({ ...l, [item.id]: { ...l[item.id], ...next } }));
    try {
      const { unread } = await changeInboxItem(item.id, kind);
      setAppBadge(unread);
      void closeDeviceNotification(item.tag).catch(() => undefined);
      setAnnounce(message);
      router.refresh(); // the header badge
    } catch {
      setLocal((l) => ({ ...l, [item.id]: before ?? {} }));
      setAnnounce(t.error);
    }
  }

  function toggle(item: InboxListItem, read: boolean) {
    const willOpen = !open.has(item.id);
    setOpen((s) => {
      const n = new Set(s);
      if (willOpen) n.add(item.id);
      else n.delete(item.id);
      return n;
    });
    if (willOpen && !read) void change(item, 'read', t.announceRead);
  }

  const visible = items.map((i) => ({ ...i, ...local[i.id] })).filter((i) => !i.forgotten);
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">{announce}</p>
      {visible.length === 0 ? (
        <p className="card muted">{t.empty}</p>
      ) : (
        <ul className="inbox" aria-label={t.listLabel}>
          {visible.map((item) => {
            const isOpen = open.has(item.id);
            return (
              <li key={item.id} className={`card inbox-item${item.read ? '' : ' inbox-item--unread'}`} data-testid="inbox-item">
                <h2 className="inbox-item__title">
                  <button type="button" className="link-button" aria-expanded={isOpen} aria-controls={`msg-${item.id}`} onClick={() => toggle(item, item.read)}>
                    <span aria-hidden="true" className="inbox-item__chevron">{isOpen ? '▾' : '▸'}</span>
                    {item.title}
                  </button>
                  {!item.read && <span className="badge inbox-item__new">{t.unread}</span>}
                </h2>
                <p className="muted inbox-item__meta">{item.received}</p>
                <div id={`msg-${item.id}`} hidden={!isOpen} className="inbox-item__body">
                  {item.body && <p>{item.body}</p>}
                  {item.image && <img src={item.image} alt="" className="inbox-item__image" />}
                  {(item.url || item.links.length > 0) && (
                    <p className="row">
                      {item.url && <a href={item.url}>{t.openLink}</a>}
                      {item.links.map((l) => <a key={l.url + l.title} href={l.url}>{l.title}</a>)}
                    </p>
                  )}
                </div>
                <div className="row">
                  {item.wantsAck && !item.acked && (
                    <button type="button" className="btn btn--small" title={t.okHint} onClick={() => change(item, 'ack', t.announceAck)}>{t.ok}</button>
                  )}
                  {item.acked && <span className="inbox-item__acked" data-testid="acknowledged">✓ {t.acknowledged}</span>}
                  <button type="button" className="btn btn--small btn--ghost" title={t.forgetHint} onClick={() => change(item, 'forget', t.announceForget)}>{t.forget}</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
