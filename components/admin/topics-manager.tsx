'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { archiveTopic } from '@/app/actions/archive-topic';
import { createTopic } from '@/app/actions/create-topic';
import { renameTopic } from '@/app/actions/rename-topic';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

type Topic = { id: string; slug: string; name: string; archived: boolean; subscribers: number };

/** Create, rename and archive topics; every outcome is announced in one status line. */
export function TopicsManager({ topics, t }: { topics: Topic[]; t: Messages<'admin'> }) {
  const router = useRouter();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const err = (code?: string) => (code ? ((t as Record<string, string>)[`err_${code}`] ?? t.err_invalid) : undefined);
  const done = (ok: boolean, text: string) => { setMessage(ok ? text : t.genericError); router.refresh(); };

  async function create(e: React.FormEvent) {
    e.preventDefault();
    const r = await createTopic({ slug, name }).catch(() => null);
    setErrors(r && !r.ok ? (r.fields ?? {}) : {});
    if (r?.ok) { setSlug(''); setName(''); }
    done(!!r?.ok, t.topicCreated);
  }
  return (
    <div className="stack">
      <form onSubmit={create} className="card form" noValidate>
        <div className="field"><label htmlFor="topic-slug">{t.topicSlug}</label>
          <input id="topic-slug" value={slug} onChange={(e) => setSlug(e.target.value)} aria-invalid={!!errors.slug} aria-describedby="topic-slug-err" />
          <p id="topic-slug-err" className="field-error">{err(errors.slug)}</p></div>
        <div className="field"><label htmlFor="topic-name">{t.topicName}</label>
          <input id="topic-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} aria-describedby="topic-name-err" />
          <p id="topic-name-err" className="field-error">{err(errors.name)}</p></div>
        <button type="submit" className="btn">{t.createTopic}</button>
      </form>
      <p role="status" aria-live="polite">{message}</p>
      <AdminTable columns={[t.colName, t.colSubscribers, null]}>
        {topics.map((x) => (
          <tr key={x.id}>
            <td>{x.name} <code>{x.slug}</code> {x.archived && <span className="muted">({t.archived})</span>}</td>
            <td>{x.subscribers}</td>
            <td>{!x.archived && (
              <div className="row">
                <label className="visually-hidden" htmlFor={`rename-${x.id}`}>{format(t.renameLabel, { name: x.name })}</label>
                <input id={`rename-${x.id}`} defaultValue={x.name} onChange={(e) => setNames({ ...names, [x.id]: e.target.value })} />
                <button type="button" className="btn btn--ghost btn--small" aria-label={`${t.rename} ${x.name}`}
                  onClick={async () => done(!!(await renameTopic({ id: x.id, name: names[x.id] ?? x.name }).catch(() => null))?.ok, t.renamed)}>{t.rename}</button>
                <button type="button" className="btn btn--danger btn--small"
                  onClick={async () => done(!!(await archiveTopic({ id: x.id }).catch(() => null))?.ok, t.archivedDone)}>{format(t.archive, { name: x.name })}</button>
              </div>
            )}</td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
