import type { Messages } from '@/messages';

export type TopicTextsDraft = { name: string; nameFr: string; description: string; descriptionFr: string };
export const emptyTopicTexts: TopicTextsDraft = { name: '', nameFr: '', description: '', descriptionFr: '' };

type Props = {
  /** Prefix of the inputs' ids, unique on the page ("topic-new", "topic-<id>"). */
  idPrefix: string;
  value: TopicTextsDraft;
  onChange: (value: TopicTextsDraft) => void;
  errors: Record<string, string | undefined>;
  t: Messages<'admin'>;
};

const FIELDS = [
  ['name', 'topicName'],
  ['nameFr', 'topicNameFr'],
  ['description', 'topicDescription'],
  ['descriptionFr', 'topicDescriptionFr'],
] as const;

/** A topic's name and description in English and in French: the same four fields to create and to edit one. */
export function TopicFields({ idPrefix, value, onChange, errors, t }: Props) {
  return FIELDS.map(([field, label]) => {
    const id = `${idPrefix}-${field}`;
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{t[label]}</label>
        <input
          id={id}
          value={value[field]}
          lang={field.endsWith('Fr') ? 'fr' : 'en'}
          onChange={(e) => onChange({ ...value, [field]: e.target.value })}
          aria-invalid={!!errors[field]}
          aria-describedby={`${id}-err`}
        />
        <p id={`${id}-err`} className="field-error">
          {errors[field]}
        </p>
      </div>
    );
  });
}
