import { AUDIT_ACTIONS } from '@/lib/audit/audit-actions';
import type { AuditQuery } from '@/lib/validation/audit';
import type { Messages } from '@/messages';

type T = Messages<'admin'>;
const GROUPS = ['notification', 'topic', 'token', 'device', 'user', 'auth'] as const;

/** The audit log's filters as a plain GET form: the URL holds the query, so a filtered view can be shared or kept. */
export function AuditFilters({ t, query }: { t: T; query: AuditQuery }) {
  return (
    <form className="row audit-filters" role="search" aria-label={t.auditFilters} action="/admin/audit">
      <div className="field">
        <label htmlFor="audit-actor">{t.auditActor}</label>
        <input id="audit-actor" name="actor" type="search" maxLength={100} defaultValue={query.actor ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-action">{t.auditAction}</label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ''}>
          <option value="">{t.auditAnyAction}</option>
          {GROUPS.map((g) => (
            <optgroup key={g} label={t[`auditGroup_${g}`]}>
              {AUDIT_ACTIONS.filter((a) => a.startsWith(`${g}.`)).map((a) => (
                <option key={a} value={a}>
                  {t[`action:${a}`]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t.auditFrom}</label>
        <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t.auditTo}</label>
        <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ''} />
      </div>
      <button type="submit" className="btn btn--small">
        {t.auditApply}
      </button>
      <a href="/admin/audit" className="btn btn--small btn--ghost">
        {t.auditClear}
      </a>
    </form>
  );
}
