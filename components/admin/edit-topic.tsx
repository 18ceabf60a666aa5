'use client';
import { useState } from 'react';
import { renameTopic } from '@/lib/actions/rename-topic';
import type { ActionResult } from '@/lib/auth/action-result';
import type { Messages } from '@/messages';
import { TopicFields, type TopicTextsDraft } from './topic-fields';

type Props = {
  topic: { id: string; label: string } & TopicTextsDraft;
  t: Messages<'admin'>;
  /** Field codes to messages, as the create form does. */
  err: (code?: string) => string | undefined;
  /** The page's action runner: announces `text` (or the error) in its status line, then refreshes. */
  run: <R>(call: () => Promise<ActionResult<R>>, text: string) => Promise<ActionResult<R>>;
};

/** "Edit" on a topic's row: its names and descriptions in both languages, behind a disclosure. */
export function EditTopic({ topic, t, err, run }: Props) {
  const { id, label, ...texts } = topic;
  const [value, setValue] = useState<TopicTextsDraft>(texts);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function save(e: React.FormEvent) {
    e.preventDefault();
    // This row's own field codes: the page's runner holds those of the create form.
    const r = await run(() => renameTopic({ id, ...value }), t.renamed);
    setErrors(r.ok ? {} : (r.fields ?? {}));
  }
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, err(v)]));
  return (
    <details className="topic-edit">
      <summary className="btn btn--ghost btn--small">
        {t.editTopic}
        <span className="visually-hidden"> {label}</span>
      </summary>
      <form onSubmit={save} className="form" noValidate>
        <TopicFields idPrefix={`topic-${id}`} value={value} onChange={setValue} errors={fieldErrors} t={t} />
        <button type="submit" className="btn btn--small">
          {t.saveTopic}
        </button>
      </form>
    </details>
  );
}
