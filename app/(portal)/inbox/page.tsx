import type { Metadata } from 'next';
import { InboxList } from '@/components/inbox/inbox-list';
import { toListItem } from '@/components/inbox/to-list-item';
import { requireUser } from '@/lib/auth/require-principal';
import { getLocale, getMessages, getT } from '@/lib/i18n/get-t';
import { listInbox } from '@/lib/inbox/list-inbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('common'))('inboxTitle') };
}

export default async function InboxPage() {
  const user = await requireUser({ callbackUrl: '/inbox' });
  const [t, inbox, locale, items] = await Promise.all([
    getT('common'),
    getMessages('inbox'),
    getLocale(),
    listInbox(user),
  ]);
  const list = items.map((i) => toListItem(i, { locale, timeZone: user.timeZone, t: inbox }));
  return (
    <>
      <h1>{t('inboxTitle')}</h1>
      <p className="muted">{inbox.intro}</p>
      <InboxList items={list} t={inbox} />
    </>
  );
}
