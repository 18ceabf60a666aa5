import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import type { Draft, DraftAction } from './draft';
import { TextField } from './text-field';

type Props = {
  draft: Draft;
  t: Messages<'admin'>;
  errors: Record<string, string | undefined>;
  onChange: (p: Partial<Draft>) => void;
};

/** Up to two buttons on the notification: "OK" (acknowledge) or a link. */
export function ActionButtonsFields({ draft, t, errors, onChange }: Props) {
  const set = (i: 0 | 1, p: Partial<DraftAction>) => {
    const next = [...draft.actions] as Draft['actions'];
    next[i] = { ...next[i], ...p };
    onChange({ actions: next });
  };
  // Errors are indexed by position among the chosen buttons, as the schema sees them.
  let position = -1;
  return (
    <fieldset>
      <legend>{t.actionsLegend}</legend>
      <p id="f-actions-err" className="field-error">
        {errors.actions}
      </p>
      {([0, 1] as const).map((i) => {
        const a = draft.actions[i];
        if (a.type !== 'none') position++;
        const n = i + 1;
        return (
          <div key={i} className="stack">
            <div className="field">
              <label htmlFor={`f-action-${i}`}>{format(t.actionType, { n })}</label>
              {/* An error about the buttons together (two "OK"s) marks every chosen button,
                  so focus can land on one. */}
              <select
                id={`f-action-${i}`}
                value={a.type}
                aria-invalid={!!errors.actions && a.type !== 'none'}
                aria-describedby="f-actions-err"
                onChange={(e) => set(i, { type: e.target.value as DraftAction['type'] })}
              >
                <option value="none">{t.actionNone}</option>
                <option value="ack">{t.actionAck}</option>
                <option value="link">{t.actionLink}</option>
              </select>
            </div>
            {a.type !== 'none' && (
              <TextField
                name={`action-${i}-title`}
                label={format(t.actionTitle, { n })}
                value={a.title}
                error={errors[`actions.${position}.title`]}
                onChange={(title) => set(i, { title })}
              />
            )}
            {a.type === 'link' && (
              <TextField
                name={`action-${i}-url`}
                label={format(t.actionUrl, { n })}
                value={a.url}
                error={errors[`actions.${position}.url`]}
                onChange={(url) => set(i, { url })}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
