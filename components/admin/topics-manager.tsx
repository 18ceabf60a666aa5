'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { textFor } from '@/lib/i18n/text-for';
import type { ActionResult } from '@/lib/auth/action-result';
import { archiveTopic } from '@/lib/actions/archive-topic';
import { createTopic } from '@/lib/actions/create-topic';
import { restoreTopic } from '@/lib/actions/restore-topic';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';
import { ConfirmButton } from './confirm-dialog';
import { EditTopic } from './edit-topic';
import { emptyTopicTexts, TopicFields, type TopicTextsDraft } from './topic-fields';

/** `label` is the name in the admin's language; the four texts are what the editor edits. */
export type Topic = TopicTextsDraft & {
  id: string;
  slug: string;
  label: string;
  archived: boolean;
  subscribers: number;
};

/**
 * Create, edit (both languages), archive (after a confirmation) and restore topics;
 * every outcome is announced in one status line.
 */
export function TopicsManager({ topics, t }: { topics: Topic[]; t: Messages<'admin'> }) {
  const router = useRouter();
  const [slug, setSlug] = useState('');
  const [texts, setTexts] = useState<TopicTextsDraft>(emptyTopicTexts);
  // One status line for every outcome on the page; each form keeps its own field codes.
  const action = useActionForm(t.genericError);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const err = (code?: string) => (code ? (textFor(t, `err_${code}`) ?? t.err_invalid) : undefined);
  const run = async <R,>(call: () => Promise<ActionResult<R>>, text: string) => {
    const r = await action.run(call, { success: () => text });
    router.refresh();
    return r;
  };

  async function create(e: React.FormEvent) {
    e.preventDefault();
    const r = await run(() => createTopic({ slug, ...texts }), t.topicCreated);
    setErrors(r.ok ? {} : (r.fields ?? {}));
    if (r.ok) {
      setSlug('');
      setTexts(emptyTopicTexts);
    }
  }
  return (
    <div className="stack">
      <form onSubmit={create} className="card form" noValidate>
        <div className="field">
          <label htmlFor="topic-slug">{t.topicSlug}</label>
          <input
            id="topic-slug"
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            aria-invalid={!!errors.slug}
            aria-describedby="topic-slug-err"
          />
          <p id="topic-slug-err" className="field-error">
            {err(errors.slug)}
          </p>
        </div>
        <TopicFields
          idPrefix="topic-new"
          value={texts}
          onChange={setTexts}
          t={t}
          errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, err(v)]))}
        />
        <button type="submit" className="btn">
          {t.createTopic}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {action.status?.text}
      </p>
      <AdminTable columns={[t.colName, t.colSubscribers, null]}>
        {topics.map((x) => (
          <tr key={x.id}>
            <td>
              {x.label} <code>{x.slug}</code> {x.archived && <span className="muted">({t.archived})</span>}
            </td>
            <td>{x.subscribers}</td>
            <td>
              {x.archived ? (
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() => run(() => restoreTopic({ id: x.id }), t.restoredDone)}
                >
                  {format(t.restoreTopic, { name: x.name })}
                </button>
              ) : (
                <div className="row">
                  <EditTopic topic={x} t={t} err={err} run={run} />
                  <ConfirmButton
                    text={format(t.archive, { name: x.label })}
                    title={format(t.archiveTopicTitle, { name: x.label })}
                    confirmLabel={format(t.archive, { name: x.label })}
                    cancelLabel={t.confirmGoBack}
                    onConfirm={() => run(() => archiveTopic({ id: x.id }), t.archivedDone)}
                  >
                    <p>{t.archiveTopicBody}</p>
                  </ConfirmButton>
                </div>
              )}
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
