'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { Messages } from '@/messages';
import { format } from '@/lib/i18n/locales';
import { changeInboxItem, closeDeviceNotification, setAppBadge, type InboxChange } from './inbox-client';
import { InboxItem, type InboxListItem } from './inbox-item';
import { UndoForget } from './undo-forget';
import { useStableOrder } from './use-stable-order';
import './inbox.css';

export { safeLinks, type InboxListItem } from './inbox-item';

type Strings = Messages<'inbox'>;
type Local = Partial<Pick<InboxListItem, 'read' | 'acked'>> & { forgotten?: boolean };
const NEXT: Record<InboxChange, Local> = {
  read: { read: true },
  ack: { read: true, acked: true },
  forget: { read: true, forgotten: true },
  restore: { forgotten: false },
};

/** The inbox: opening a message marks it read, "OK" acknowledges it, "Forget" hides it until "Undo". */
export function InboxList({ items, t }: { items: InboxListItem[]; t: Strings }) {
  const router = useRouter();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [local, setLocal] = useState<Record<string, Local>>({});
  const [announce, setAnnounce] = useState('');
  const [forgotten, setForgotten] = useState<InboxListItem | null>(null);
  const known = useRef(new Set(items.map((i) => i.id)));
  const ordered = useStableOrder(items);

  // A push re-renders the page (InboxSync): say so when it brought a message we had not shown yet.
  useEffect(() => {
    const fresh = items.filter((i) => !known.current.has(i.id));
    for (const i of fresh) known.current.add(i.id);
    if (fresh.length) setAnnounce(t.announceNew);
  }, [items, t.announceNew]);

  async function change(item: InboxListItem, kind: InboxChange, message: string) {
    const before = local[item.id];
    setLocal((l) => ({ ...l, [item.id]: { ...l[item.id], ...NEXT[kind] } }));
    try {
      const { unread } = await changeInboxItem(item.id, kind);
      setAppBadge(unread);
      if (kind !== 'restore') void closeDeviceNotification(item.tag).catch(() => undefined);
      setAnnounce(message);
      router.refresh(); // the header badge
      return true;
    } catch {
      setLocal((l) => ({ ...l, [item.id]: before ?? {} }));
      setAnnounce(t.error);
      return false;
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

  // A link from the home page (/inbox#message-…) opens that message, as if its title had been pressed.
  const arrival = useRef(true);
  useEffect(() => {
    if (!arrival.current) return;
    arrival.current = false;
    const id = decodeURIComponent(window.location.hash.replace(/^#message-/, ''));
    const title = document.querySelector<HTMLButtonElement>(`#message-${CSS.escape(id)} .inbox-item__title button`);
    // The same as pressing its title (opens it and marks it read), so focus and state follow one path.
    title?.click();
    title?.focus();
  }, []);

  async function forget(item: InboxListItem) {
    const title = item.title;
    if (await change(item, 'forget', format(t.announceForgotten, { title }))) setForgotten(item);
  }

  async function undo(item: InboxListItem) {
    setForgotten(null);
    if (!(await change(item, 'restore', t.announceRestore))) return;
    setTimeout(() =>
      document.querySelector<HTMLButtonElement>(`#message-${CSS.escape(item.id)} .inbox-item__title button`)?.focus(),
    );
  }

  // Shown: what the server lists and was not forgotten here, plus what was brought back with Undo.
  const listed = new Set(items.map((i) => i.id));
  const visible = ordered
    .map((i) => ({ ...i, ...local[i.id] }))
    .filter((i) => (local[i.id]?.forgotten === false || listed.has(i.id)) && !i.forgotten);
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {visible.length === 0 ? (
        <p className="card muted">{t.empty}</p>
      ) : (
        <ul className="inbox" aria-label={t.listLabel}>
          {visible.map((item) => (
            <InboxItem
              key={item.id}
              item={item}
              open={open.has(item.id)}
              t={t}
              onToggle={() => toggle(item, item.read)}
              onAck={() => void change(item, 'ack', t.announceAck)}
              onForget={() => void forget(item)}
            />
          ))}
        </ul>
      )}
      {forgotten && (
        <>
          <div className="inbox-undo-room" />
          <UndoForget
            title={forgotten.title}
            t={t}
            onUndo={() => void undo(forgotten)}
            onClose={() => setForgotten(null)}
          />
        </>
      )}
    </>
  );
}
