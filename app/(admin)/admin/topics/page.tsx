import { TopicsManager } from '@/components/admin/topics-manager';
import { requireAdmin } from '@/lib/auth/require-principal';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';
import { listTopicsWithCounts } from '@/lib/topics/list-topics-with-counts';
import { localizeTopic } from '@/lib/topics/localize-topic';

export const generateMetadata = titleFrom('admin', 'topics');

export default async function TopicsPage() {
  const admin = await requireAdmin({ callbackUrl: '/admin/topics' });
  const [t, locale, topics] = await Promise.all([getMessages('admin'), getLocale(), listTopicsWithCounts(admin)]);
  return (
    <>
      <h1>{t.topics}</h1>
      <TopicsManager
        t={t}
        topics={topics.map((x) => ({
          id: x.id,
          slug: x.slug,
          label: localizeTopic(x, locale).name,
          archived: !!x.archivedAt,
          subscribers: x.subscribers,
          name: x.name,
          nameFr: x.nameFr ?? '',
          description: x.description ?? '',
          descriptionFr: x.descriptionFr ?? '',
        }))}
      />
    </>
  );
}
