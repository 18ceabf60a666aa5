import type { Metadata } from 'next';
import { TopicsManager } from '@/components/admin/topics-manager';
import { getMessages } from '@/lib/i18n/get-t';
import { listTopicsWithCounts } from '@/lib/topics/list-topics-with-counts';

export const metadata: Metadata = { title: 'Topics' };

export default async function TopicsPage() {
  const [t, topics] = await Promise.all([getMessages('admin'), listTopicsWithCounts()]);
  return (
    <>
      <h1>{t.topics}</h1>
      <TopicsManager t={t} topics={topics.map((x) => ({ id: x.id, slug: x.slug, name: x.name, archived: !!x.archivedAt, subscribers: x.subscribers }))} />
    </>
  );
}
