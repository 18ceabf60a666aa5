import type { Messages } from '@/messages';

/** How loudly a message should read in a list: a critical alert, a high-urgency message, or an ordinary one. */
export type Importance = 'critical' | 'high' | null;

export function importanceOf(m: { critical: boolean; urgency: string }): Importance {
  return m.critical ? 'critical' : m.urgency === 'high' ? 'high' : null;
}

/**
 * An icon AND words ("⚠ Urgent alert"), so that a storm warning does not differ from a market notice by colour only.
 */
export function ImportanceLabel({ importance, t }: { importance: Importance; t: Messages<'inbox'> }) {
  if (!importance) return null;
  return (
    <span className={`importance importance--${importance}`} data-testid="importance">
      <span aria-hidden="true" className="importance__icon">
        {importance === 'critical' ? '⚠' : '!'}
      </span>
      {importance === 'critical' ? t.importanceCritical : t.importanceHigh}
    </span>
  );
}
