import type { Messages } from '@/messages';
import type { Draft } from './draft';

type Props = {
  draft: Draft;
  topics: { slug: string; name: string }[];
  t: Messages<'admin'>;
  errors: Record<string, string | undefined>;
  onChange: (p: Partial<Draft>) => void;
};

const URGENCIES = ['very_low', 'low', 'normal', 'high'] as const;

/** How the message is labelled and handled: its topic (a label in the inbox), its urgency, whether it is critical. */
export function DeliveryOptionsFields({ draft, topics, t, errors, onChange }: Props) {
  const setCritical = (e: React.ChangeEvent<HTMLInputElement>) => onChange({ critical: e.target.checked });
  return (
    <>
      <div className="field">
        <label htmlFor="f-topic">{t.fieldTopic}</label>
        <p id="f-topic-hint" className="muted">
          {t.fieldTopicHint}
        </p>
        <select
          id="f-topic"
          value={draft.topic}
          aria-invalid={!!errors.topic}
          aria-describedby="f-topic-hint f-topic-err"
          onChange={(e) => onChange({ topic: e.target.value })}
        >
          <option value="">{t.noTopic}</option>
          {topics.map((x) => (
            <option key={x.slug} value={x.slug}>
              {x.name}
            </option>
          ))}
        </select>
        <p id="f-topic-err" className="field-error">
          {errors.topic}
        </p>
      </div>
      <div className="field">
        <label htmlFor="f-urgency">{t.fieldUrgency}</label>
        <select
          id="f-urgency"
          value={draft.urgency}
          onChange={(e) => onChange({ urgency: e.target.value as Draft['urgency'] })}
        >
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t[`urgency_${u}`]}
            </option>
          ))}
        </select>
      </div>
      <label className="choice field">
        <input type="checkbox" checked={draft.critical} onChange={setCritical} /> {t.fieldCritical}
      </label>
    </>
  );
}
