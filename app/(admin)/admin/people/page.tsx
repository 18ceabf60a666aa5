import { PeopleManager } from '@/components/admin/people-manager';
import { PersonSearchForm } from '@/components/admin/person-search-form';
import { requireAdmin } from '@/lib/auth/require-principal';
import { formatMessage } from '@/lib/i18n/format-message';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';
import { listPeople, PEOPLE_PAGE_SIZE } from '@/lib/people/list-people';
import { peopleQuerySchema } from '@/lib/validation/person';

export const generateMetadata = titleFrom('admin', 'people');

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const admin = await requireAdmin({ callbackUrl: '/admin/people' });
  const parsed = peopleQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data.q : '';
  const [t, locale, { people, more }] = await Promise.all([
    getMessages('admin'),
    getLocale(),
    listPeople(admin, { query }),
  ]);
  return (
    <>
      <h1>{t.people}</h1>
      <p className="muted">{t.peopleIntro}</p>
      <PersonSearchForm action="/admin/people" id="people-q" label={t.searchPeople} submit={t.search} query={query} />
      {people.length === 0 ? (
        <p className="muted">{t.noPeople}</p>
      ) : (
        <PeopleManager
          t={t}
          selfId={admin.id}
          people={people.map((p) => ({ id: p.id, name: p.name, email: p.email, role: p.role, sessions: p.sessions }))}
        />
      )}
      {more && <p className="muted">{formatMessage(locale, t.morePeople, { n: PEOPLE_PAGE_SIZE })}</p>}
    </>
  );
}
