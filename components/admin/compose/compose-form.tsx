'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { countAudience } from '@/app/actions/count-audience';
import { createNotification } from '@/app/actions/create-notification';
import { sendDraftTest } from '@/app/actions/send-draft-test';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AudiencePicker } from './audience-picker';
import { ActionButtonsFields } from './action-buttons-fields';
import { audienceOf, draftToInput, emptyDraft, type Draft } from './draft';
import { NotificationPreview } from './notification-preview';
import { PayloadMeter } from './payload-meter';
import { TextField } from './text-field';

type Props = { t: Messages<'admin'>; topics: { slug: string; name: string }[] };
type Status = { kind: 'success' | 'error'; text: string; href?: string } | null;

const newKey = () => crypto.randomUUID();

export function ComposeForm({ t, topics }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [reach, setReach] = useState<string>(t.reachUnknown);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const form = useRef<HTMLFormElement>(null);
  const [refused, setRefused] = useState(0);
  // One key per composed message: a double click or a resubmit after a lost answer returns the same notification.
  const key = useRef<string>('');
  if (!key.current) key.current = newKey();
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const errText = (code?: string) => (code ? ((t as Record<string, string>)[`err_${code}`] ?? t.err_invalid) : undefined);
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, errText(v)]));

  const audienceKey = JSON.stringify([audienceOf(draft), draft.topic]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await countAudience({ audience: audienceOf(draft), topic: draft.topic }).catch(() => null);
      if (live) setReach(r?.ok ? format(t.reach, r.data) : t.reachUnknown);
    }, 250);
    return () => { live = false; clearTimeout(timer); };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recount only when the audience changes
  }, [audienceKey]);

  // After a refused submit, focus goes to the first field marked invalid (WCAG 3.3.1), once it has re-rendered as such.
  useEffect(() => {
    if (refused) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const fail = (r: { error: string; fields?: Record<string, string> } | null) => {
    setErrors(r?.fields ?? {});
    setStatus({ kind: 'error', text: r?.fields ? t.fixErrors : r?.error === 'forbidden' ? t.forbidden : t.genericError });
    if (r?.fields) setRefused((n) => n + 1);
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setStatus(null);
    const r = await createNotification({ ...draftToInput(draft), idempotencyKey: key.current }).catch(() => null);
    setBusy(false);
    if (!r || !r.ok) return fail(r);
    setErrors({});
    key.current = newKey();
    setStatus({ kind: 'success', text: format(t.created, { recipients: r.data.recipients, deliveries: r.data.deliveries }), href: `/admin/notifications/${r.data.id}` });
  }

  async function test() {
    setBusy(true);
    const r = await sendDraftTest(draftToInput(draft)).catch(() => null);
    setBusy(false);
    if (!r || !r.ok) return fail(r);
    const n = r.data.delivered + r.data.failed + r.data.gone;
    setStatus({ kind: n ? 'success' : 'error', text: n ? format(t.testSent, { n: r.data.delivered }) : t.testNone });
  }

  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="compose">
      <form ref={form} onSubmit={submit} noValidate aria-describedby="compose-status">
        <TextField name="title" label={t.fieldTitle} value={draft.title} error={fieldErrors.title} required onChange={(title) => patch({ title })} />
        <TextField name="body" label={t.fieldBody} type="textarea" value={draft.body} error={fieldErrors.body} onChange={(body) => patch({ body })} />
        <TextField name="url" label={t.fieldUrl} value={draft.url} error={fieldErrors.url} onChange={(url) => patch({ url })} />
        <TextField name="icon" label={t.fieldIcon} value={draft.icon} error={fieldErrors.icon} onChange={(icon) => patch({ icon })} />
        <TextField name="image" label={t.fieldImage} value={draft.image} error={fieldErrors.image} onChange={(image) => patch({ image })} />
        <ActionButtonsFields draft={draft} t={t} errors={fieldErrors} onChange={patch} />
        <div className="field">
          <label htmlFor="f-topic">{t.fieldTopic}</label>
          <select id="f-topic" value={draft.topic} aria-invalid={!!fieldErrors.topic} aria-describedby="f-topic-err" onChange={(e) => patch({ topic: e.target.value })}>
            <option value="">{t.noTopic}</option>
            {topics.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
          <p id="f-topic-err" className="field-error">{fieldErrors.topic}</p>
        </div>
        <div className="field">
          <label htmlFor="f-urgency">{t.fieldUrgency}</label>
          <select id="f-urgency" value={draft.urgency} onChange={(e) => patch({ urgency: e.target.value as Draft['urgency'] })}>
            {(['very_low', 'low', 'normal', 'high'] as const).map((u) => <option key={u} value={u}>{t[`urgency_${u}`]}</option>)}
          </select>
        </div>
        <label className="choice field">
          <input type="checkbox" checked={draft.critical} onChange={(e) => patch({ critical: e.target.checked })} /> {t.fieldCritical}
        </label>
        <AudiencePicker draft={draft} topics={topics} errors={fieldErrors} onChange={patch} labels={{
          legend: t.audienceLegend, users: t.audienceUsers, role: t.audienceRole, topic: t.audienceTopic, everyone: t.audienceEveryone,
          search: t.searchUsers, chosen: t.chosenUsers, remove: t.removeUser, add: t.addUser, noUser: t.noUserFound,
          roleCitizen: t.role_citizen, roleAdmin: t.role_admin, fieldRole: t.fieldRole, fieldTopic: t.fieldAudienceTopic,
        }} />
        <p className="alert" role="status" aria-live="polite">{reach}</p>
        <TextField name="scheduledAt" type="datetime-local" label={format(t.fieldSchedule, { zone })} value={draft.scheduledAt} error={fieldErrors.scheduledAt} onChange={(scheduledAt) => patch({ scheduledAt })} />
        <TextField name="expiresAt" type="datetime-local" label={t.fieldExpires} value={draft.expiresAt} error={fieldErrors.expiresAt} onChange={(expiresAt) => patch({ expiresAt })} />
        <div id="compose-status" aria-live="polite">
          {status && (
            <p className={`alert alert--${status.kind}`}>
              {status.text} {status.href && <Link href={status.href}>{t.viewIt}</Link>}
            </p>
          )}
        </div>
        <div className="row">
          <button type="submit" className="btn" disabled={busy}>{busy ? t.sending : draft.scheduledAt ? t.submitSchedule : t.submit}</button>
          <button type="button" className="btn btn--ghost" disabled={busy} onClick={test}>{t.sendTest}</button>
        </div>
      </form>
      <div className="stack">
        <NotificationPreview draft={draft} labels={{ title: t.previewTitle, desktop: t.previewDesktop, phone: t.previewPhone, emptyTitle: t.previewEmptyTitle }} />
        <div className="card"><PayloadMeter draft={draft} labels={{ label: t.meterLabel, text: t.meterText, over: t.meterOver }} /></div>
      </div>
    </div>
  );
}
