import type { Metadata } from 'next';
import { InboxList, type InboxListItem } from '@/components/inbox/inbox-list';
import { getCurrentUser } from '@/lib/auth/session';
import { getLocale, getMessages, getT } from '@/lib/i18n/get-t';
import { format } from '@/lib/i18n/locales';
import { listInbox } from '@/lib/inbox/list-inbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('common'))('inboxTitle') };
}

export default async function InboxPage() {
  const user = (await getCurrentUser())!; // the portal layout redirected anonymous visitors
  const [t, inbox, locale, items] = await Promise.all([getT('common'), getMessages('inbox'), getLocale(), listInbox({ userId: user.id })]);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: user.timeZone });
  const list: InboxListItem[] = items.map((i) => ({
    id: i.id,
    title: i.title,
    body: i.body,
    url: i.url,
    image: i.image,
    tag: i.tag || i.id,
    links: i.actions.flatMap((a) => (a.type === 'link' ? [{ title: a.title, url: a.url }] : [])),
    wantsAck: i.actions.some((a) => a.type === 'ack'),
    received: format(inbox.received, { date: when.format(i.receivedAt) }),
    read: Boolean(i.readAt),
    acked: Boolean(i.ackedAt),
  }));
  return (
    <>
      <h1>{t('inboxTitle')}</h1>
      <p className="muted">{inbox.intro}</p>
      <InboxList items={list} t={inbox} />
    </>
  );
}
