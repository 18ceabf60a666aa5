import Link from 'next/link';
import type { AuditEntryRow } from '@/lib/audit/list/list-audit-entries';
import type { Messages } from '@/messages';

type T = Messages<'admin'>;
type Words = Record<string, string | undefined>;

/** The action in words (an action from a newer version than this catalogue shows as recorded). */
export function AuditActionName({ entry, t }: { entry: AuditEntryRow; t: T }) {
  return <>{(t as unknown as Words)[`action:${entry.action}`] ?? entry.action}</>;
}

/** The actor as recorded, with what kind of actor it was when it is not a person. */
export function AuditActor({ entry, t }: { entry: AuditEntryRow; t: T }) {
  const kind = entry.actorKind === 'user' ? null : t[`auditKind_${entry.actorKind}`];
  return (
    <>
      {entry.actorLabel}
      {kind && <span className="muted"> ({kind})</span>}
    </>
  );
}

/** The target's kind in words; a notification links to its detail page (the others may be gone or have none). */
export function AuditTarget({ entry, t }: { entry: AuditEntryRow; t: T }) {
  if (!entry.targetKind || !entry.targetId) return <>{t.none}</>;
  const kind = (t as unknown as Words)[`auditTarget_${entry.targetKind}`] ?? entry.targetKind;
  if (entry.targetKind === 'notification') {
    return (
      <Link href={`/admin/notifications/${entry.targetId}`}>
        {kind} <code>{entry.targetId}</code>
      </Link>
    );
  }
  return (
    <>
      {kind} <code>{entry.targetId}</code>
    </>
  );
}

// Recorded codes the catalogue has words for, by detail key (roles and audiences reuse the console's own words).
const VALUE_WORDS: Record<string, (value: string) => string> = {
  from: (v) => `person_${v}`,
  to: (v) => `person_${v}`,
  audience: (v) => `audience${v.charAt(0).toUpperCase()}${v.slice(1)}`,
  method: (v) => `auditValue_method_${v}`,
  source: (v) => `auditValue_source_${v}`,
  via: (v) => `auditValue_via_${v}`,
};

/** The details as a list of "label: value" lines, keys in words where the catalogue has them. */
export function AuditDetails({ entry, t, when }: { entry: AuditEntryRow; t: T; when: (iso: string) => string }) {
  const details = Object.entries((entry.details ?? {}) as Record<string, unknown>);
  if (!details.length) return <>{t.none}</>;
  const words = t as unknown as Words;
  const show = (key: string, value: unknown) => {
    if (typeof value === 'boolean') return value ? t.auditYes : t.auditNo;
    if (key === 'scheduledAt' && typeof value === 'string') return when(value);
    if (typeof value === 'string' && VALUE_WORDS[key]) return words[VALUE_WORDS[key](value)] ?? value;
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
  return (
    <ul className="audit-details">
      {details.map(([key, value]) => (
        <li key={key}>
          <span className="muted">{words[`detail:${key}`] ?? key}:</span> {show(key, value)}
        </li>
      ))}
    </ul>
  );
}
