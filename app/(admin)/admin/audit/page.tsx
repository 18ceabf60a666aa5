import Link from 'next/link';
import { AdminTable } from '@/components/admin/admin-table';
import { AuditActionName, AuditActor, AuditDetails, AuditTarget } from '@/components/admin/audit/audit-entry-cells';
import { AuditFilters } from '@/components/admin/audit/audit-filters';
import { nextDay, startOfDayInZone } from '@/lib/audit/list/day-range';
import { listAuditEntries } from '@/lib/audit/list/list-audit-entries';
import { requireAdmin } from '@/lib/auth/require-principal';
import { hrefWith } from '@/lib/http/href-with';
import { formatDate } from '@/lib/i18n/format-date';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';
import { auditQuerySchema, type AuditQuery } from '@/lib/validation/audit';

export const generateMetadata = titleFrom('admin', 'audit');

/** The page's URL for these filters (and a cursor): paging keeps the filters. */
function auditHref(query: AuditQuery, after?: string): string {
  const { actor, action, from, to } = query;
  return hrefWith('/admin/audit', { actor, action, from, to, after });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdmin({ callbackUrl: '/admin/audit' });
  const query = auditQuerySchema.parse(await searchParams);
  // Days are the reader's days: "from 3 March" starts at their midnight.
  const from = query.from ? (startOfDayInZone(query.from, admin.timeZone) ?? undefined) : undefined;
  const dayAfter = query.to && nextDay(query.to);
  const before = dayAfter ? (startOfDayInZone(dayAfter, admin.timeZone) ?? undefined) : undefined;
  const [t, locale, page] = await Promise.all([
    getMessages('admin'),
    getLocale(),
    listAuditEntries(admin, { actor: query.actor, action: query.action, from, before, after: query.after }),
  ]);
  const when = (d: Date | string) => formatDate(d, { locale, timeZone: admin.timeZone, style: 'dateTimeSeconds' });
  return (
    <>
      <h1>{t.audit}</h1>
      <p className="muted">{t.auditIntro}</p>
      <AuditFilters t={t} query={query} />
      {page.entries.length === 0 ? (
        <p className="muted">{t.auditEmpty}</p>
      ) : (
        <AdminTable
          label={t.auditTable}
          columns={[t.auditColTime, t.auditColActor, t.auditColAction, t.auditColTarget, t.auditColDetails]}
        >
          {page.entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
              </td>
              <td>
                <AuditActor entry={e} t={t} />
              </td>
              <td>
                <AuditActionName entry={e} t={t} />
              </td>
              <td>
                <AuditTarget entry={e} t={t} />
              </td>
              <td>
                <AuditDetails entry={e} t={t} when={when} />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      {(query.after || page.next) && (
        <nav aria-label={t.auditPaging} className="row">
          {query.after && <Link href={auditHref(query)}>{t.auditNewest}</Link>}
          {page.next && (
            <Link href={auditHref(query, page.next)} rel="next">
              {t.auditOlder}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
