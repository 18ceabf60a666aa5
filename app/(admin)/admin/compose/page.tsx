import type { Metadata } from 'next';
import { ComposeForm } from '@/components/admin/compose/compose-form';
import { getMessages } from '@/lib/i18n/get-t';
import { listActiveTopics } from '@/lib/topics/list-active-topics';

export const metadata: Metadata = { title: 'Compose a notification' };

export default async function ComposePage() {
  const [t, topics] = await Promise.all([getMessages('admin'), listActiveTopics()]);
  return (
    <>
      <h1>{t.compose}</h1>
      <p className="muted">{t.composeIntro}</p>
      <ComposeForm t={t} topics={topics.map(({ slug, name }) => ({ slug, name }))} />
    </>
  );
}
