import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import type { Draft, DraftVariant } from './draft';
import { TextField } from './text-field';

type Props = {
  lang: string;
  draft: Draft;
  t: Messages<'admin'>;
  /** Language names for sentences: this tab's and the default's. */
  names: { language: string; default: string };
  errors: Record<string, string | undefined>;
  onChange: (v: DraftVariant) => void;
};

/** One optional language's tab: its title and text, its own link if it needs one, labels for the default's buttons. */
export function TranslationFields({ lang, draft, t, names, errors, onChange }: Props) {
  const v = draft.translations[lang];
  const set = (p: Partial<DraftVariant>) => onChange({ ...v, ...p });
  const err = (field: string) => errors[`translations.${lang}.${field}`];
  // Button errors are indexed by position among the chosen buttons, as the schema sees them.
  const chosen = ([0, 1] as const).filter((i) => draft.actions[i].type !== 'none');
  return (
    <>
      <p className="muted">{format(t.languageOptionalHint, names)}</p>
      <TextField
        name={`${lang}-title`}
        label={t.fieldTitle}
        value={v.title}
        error={err('title')}
        onChange={(title) => set({ title })}
      />
      <TextField
        name={`${lang}-body`}
        label={t.fieldBody}
        type="textarea"
        value={v.body}
        error={err('body')}
        onChange={(body) => set({ body })}
      />
      <TextField
        name={`${lang}-url`}
        label={format(t.fieldUrlTranslation, names)}
        value={v.url}
        error={err('url')}
        onChange={(url) => set({ url })}
      />
      {chosen.length > 0 && (
        <fieldset>
          <legend>{format(t.actionTitlesTranslation, names)}</legend>
          <p className="field-error">{err('actions')}</p>
          {chosen.map((i, position) => (
            <TextField
              key={i}
              name={`${lang}-action-${i}`}
              label={format(t.actionTitle, { n: i + 1 })}
              value={v.actionTitles[i]}
              error={err(`actions.${position}.title`)}
              onChange={(title) => {
                const actionTitles = [...v.actionTitles] as DraftVariant['actionTitles'];
                actionTitles[i] = title;
                set({ actionTitles });
              }}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
