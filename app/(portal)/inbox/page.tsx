import type { Metadata } from 'next';
import { InboxList } from '@/components/inbox/inbox-list';
import { toListItem } from '@/components/inbox/to-list-item';
import { PageLinks } from '@/components/page-links';
import { requireUser } from '@/lib/auth/require-principal';
import { hrefWith, pageParam } from '@/lib/http/href-with';
import { getLocale, getMessages, getT } from '@/lib/i18n/get-t';
import { listInbox } from '@/lib/inbox/list-inbox';
import { inboxQuerySchema } from '@/lib/validation/notification';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('common'))('inboxTitle') };
}

/** Messages per page: about two years of a town's news, unread first; older ones are a link away. */
const INBOX_PAGE = 100;

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser({ callbackUrl: '/inbox' });
  const { page } = inboxQuerySchema.parse(await searchParams);
  const [t, inbox, locale, items] = await Promise.all([
    getT('common'),
    getMessages('inbox'),
    getLocale(),
    listInbox(user, { limit: INBOX_PAGE + 1, offset: (page - 1) * INBOX_PAGE }),
  ]);
  const list = items.slice(0, INBOX_PAGE).map((i) => toListItem(i, { locale, timeZone: user.timeZone, t: inbox }));
  return (
    <>
      <h1>{t('inboxTitle')}</h1>
      <p className="muted">{inbox.intro}</p>
      {page > 1 && list.length === 0 ? <p className="muted">{inbox.noOlder}</p> : <InboxList items={list} t={inbox} />}
      <PageLinks
        label={inbox.paging}
        page={page}
        more={items.length > INBOX_PAGE}
        href={(p) => hrefWith('/inbox', { page: pageParam(p) })}
        previous={inbox.newer}
        next={inbox.older}
      />
    </>
  );
}
