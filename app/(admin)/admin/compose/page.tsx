import { ComposeForm } from '@/components/admin/compose/compose-form';
import { requireAdmin } from '@/lib/auth/require-principal';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';
import { listActiveTopics } from '@/lib/topics/list-active-topics';

export const generateMetadata = titleFrom('admin', 'compose');

export default async function ComposePage() {
  await requireAdmin({ callbackUrl: '/admin/compose' });
  const locale = await getLocale();
  const [t, topics] = await Promise.all([getMessages('admin'), listActiveTopics(locale)]);
  return (
    <>
      <h1>{t.compose}</h1>
      <p className="muted">{t.composeIntro}</p>
      <ComposeForm t={t} locale={locale} topics={topics.map(({ slug, name }) => ({ slug, name }))} />
    </>
  );
}
