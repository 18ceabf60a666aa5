'use client';
import { useEffect, useRef, useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { textFor } from '@/lib/i18n/text-for';
import { createNotification } from '@/lib/actions/create-notification';
import { sendDraftTest } from '@/lib/actions/send-draft-test';
import type { ActionErrorCode, ActionFailure } from '@/lib/auth/action-result';
import { useBrowserTimeZone } from '@/components/use-browser-time-zone';
import { languageName } from '@/lib/i18n/language-name';
import { DEFAULT_LOCALE, format, type Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AudiencePicker } from './audience-picker';
import { ActionButtonsFields } from './action-buttons-fields';
import { ConfirmSend, type Reach } from './confirm-send';
import { DeliveryOptionsFields } from './delivery-options-fields';
import { audienceOf, draftInLanguage, draftToInput, emptyDraft, type Draft } from './draft';
import { LanguageTabs } from './language-tabs';
import { languageTabs, tabWithErrors } from './language-tab-state';
import { NotificationPreview } from './notification-preview';
import { PayloadMeter } from './payload-meter';
import { SendResult, type SentNotification } from './send-result';
import { describeTestResult, overBudgetText } from './test-result';
import { TextField } from './text-field';
import { TranslationFields } from './translation-fields';
import { useAudienceReach } from './use-audience-reach';

type Props = {
  t: Messages<'admin'>;
  locale: Locale;
  topics: { slug: string; name: string }[];
};

const newKey = () => crypto.randomUUID();

export function ComposeForm({ t, locale, topics }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [sent, setSent] = useState<{ result: SentNotification; draft: Draft } | null>(null);
  const [confirming, setConfirming] = useState<(Reach & { changed?: boolean }) | null>(null);
  const action = useActionForm(t.genericError);
  const { busy, status, fields: errors, refusals } = action;
  const form = useRef<HTMLFormElement>(null);
  // One key per composed message: a double click or a resubmit after a lost answer returns the same notification.
  const key = useRef<string>('');
  if (!key.current) key.current = newKey();
  const [tab, setTab] = useState<string>(DEFAULT_LOCALE);
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const { reach, count } = useAudienceReach(draft, t, locale);
  const errText = (code?: string) => (code ? (textFor(t, `err_${code}`) ?? t.err_invalid) : undefined);
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, errText(v)]));

  // After a refused submit, focus goes to the first field marked invalid (WCAG 3.3.1), once it has re-rendered as such
  // (in the tab of the first mistake, which describeFailure selects in the same render).
  useEffect(() => {
    if (refusals) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const byError: Partial<Record<ActionErrorCode, string>> = {
    forbidden: t.forbidden,
    confirmation_required: t.confirmChanged,
    idempotency_key_reused: t.err_idempotency_key_reused,
  };
  const describeFailure = (f: ActionFailure) => {
    // The key already created a notification from another draft (its answer was lost, then the draft changed): say
    // so, and take a new key so that sending again is a deliberate new notification.
    if (f.error === 'idempotency_key_reused') key.current = newKey();
    const errorTab = f.fields && tabWithErrors(f.fields);
    if (errorTab) setTab(errorTab);
    return f.fields ? t.fixErrors : byError[f.error];
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!busy) void send();
  }

  // The server validates the draft with the shared schema first, then, above COMPOSE_CONFIRM_THRESHOLD, answers
  // `confirmation_required` until the count shown in the dialog is confirmed: a draft that cannot be sent never
  // asks, and an audience that grew between the count and the click asks again with the new count.
  async function send(confirmedRecipients?: number) {
    const input = { ...draftToInput(draft), idempotencyKey: key.current, confirmedRecipients };
    // Counted before the form stops being busy, so that the dialog opens with the number to confirm.
    let reach = null as Reach | null;
    const r = await action.run(
      async () => {
        const r = await createNotification(input);
        if (!r.ok && r.error === 'confirmation_required') reach = await count(draft);
        return r;
      },
      { failure: (f) => (reach ? null : describeFailure(f)) },
    );
    if (reach) return setConfirming({ ...reach, changed: confirmedRecipients !== undefined });
    setConfirming(null);
    if (!r.ok) return;
    // A fresh, empty draft and a fresh key: pressing "Send" again cannot send this message a second time.
    const { id, recipients, deliveries } = r.data;
    setSent({ result: { id, recipients, deliveries, title: draft.title, scheduled: !!draft.scheduledAt }, draft });
    setDraft(emptyDraft());
    key.current = newKey();
  }

  // "Send again as a new message": the sent draft back in the form, under a new key, to be sent deliberately.
  function reuse() {
    if (sent) setDraft(sent.draft);
    setSent(null);
    key.current = newKey();
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }

  async function test() {
    // A test goes to the administrator's own devices whatever the audience, which may not be chosen yet.
    const audience = audienceOf(draft) ?? { kind: 'everyone' as const };
    await action.run(() => sendDraftTest({ ...draftToInput(draft), audience }), {
      failure: (f) => (f.error === 'payload_too_large' ? overBudgetText(t, locale) : describeFailure(f)),
      success: (d) => describeTestResult(d, t, locale),
    });
  }

  const zone = useBrowserTimeZone();
  const names = (lang: string) => ({
    language: languageName(lang, locale, { inSentence: true }),
    default: languageName(DEFAULT_LOCALE, locale, { inSentence: true }),
  });
  const shown = draftInLanguage(draft, tab);
  return (
    <>
      {/* The dialog first: closing it gives focus back to "Send", and only then does the result take it. */}
      <ConfirmSend
        reach={confirming}
        title={draft.title}
        scheduled={!!draft.scheduledAt}
        busy={busy}
        t={t}
        locale={locale}
        onConfirm={() => send(confirming?.recipients)}
        onCancel={() => setConfirming(null)}
      />
      {sent && <SendResult sent={sent.result} t={t} locale={locale} onReuse={reuse} />}
      <div className="compose">
        <form ref={form} onSubmit={submit} noValidate aria-describedby="compose-status">
          <LanguageTabs
            label={t.languagesLabel}
            tabs={languageTabs(draft, fieldErrors, t, locale)}
            selected={tab}
            onSelect={setTab}
          >
            {tab === DEFAULT_LOCALE ? (
              <>
                <p className="muted">{t.languageDefaultHint}</p>
                <TextField
                  name="title"
                  label={t.fieldTitle}
                  value={draft.title}
                  error={fieldErrors.title}
                  required
                  onChange={(title) => patch({ title })}
                />
                <TextField
                  name="body"
                  label={t.fieldBody}
                  type="textarea"
                  value={draft.body}
                  error={fieldErrors.body}
                  onChange={(body) => patch({ body })}
                />
                <TextField
                  name="url"
                  label={t.fieldUrl}
                  value={draft.url}
                  error={fieldErrors.url}
                  onChange={(url) => patch({ url })}
                />
              </>
            ) : (
              <TranslationFields
                lang={tab}
                draft={draft}
                t={t}
                names={names(tab)}
                errors={fieldErrors}
                onChange={(v) => patch({ translations: { ...draft.translations, [tab]: v } })}
              />
            )}
          </LanguageTabs>
          <TextField
            name="icon"
            label={t.fieldIcon}
            value={draft.icon}
            error={fieldErrors.icon}
            onChange={(icon) => patch({ icon })}
          />
          <TextField
            name="image"
            label={t.fieldImage}
            value={draft.image}
            error={fieldErrors.image}
            onChange={(image) => patch({ image })}
          />
          <ActionButtonsFields draft={draft} t={t} errors={fieldErrors} onChange={patch} />
          <DeliveryOptionsFields draft={draft} topics={topics} t={t} errors={fieldErrors} onChange={patch} />
          <AudiencePicker
            draft={draft}
            topics={topics}
            errors={fieldErrors}
            onChange={patch}
            labels={{
              legend: t.audienceLegend,
              users: t.audienceUsers,
              role: t.audienceRole,
              topic: t.audienceTopic,
              everyone: t.audienceEveryone,
              search: t.searchUsers,
              chosen: t.chosenUsers,
              remove: t.removeUser,
              add: t.addUser,
              noUser: t.noUserFound,
              searching: t.searchingPeople,
              searchFailed: t.searchFailed,
              roleCitizen: t.role_citizen,
              roleAdmin: t.role_admin,
              fieldRole: t.fieldRole,
              fieldTopic: t.fieldAudienceTopic,
              ruleEveryone: t.ruleEveryone,
              ruleRole: t.ruleRole,
              ruleTopic: t.ruleTopic,
              ruleUsers: t.ruleUsers,
            }}
          />
          <p className="alert" role="status" aria-live="polite">
            {reach}
          </p>
          <TextField
            name="scheduledAt"
            type="datetime-local"
            label={format(t.fieldSchedule, { zone })}
            value={draft.scheduledAt}
            error={fieldErrors.scheduledAt}
            onChange={(scheduledAt) => patch({ scheduledAt })}
          />
          <TextField
            name="expiresAt"
            type="datetime-local"
            label={t.fieldExpires}
            value={draft.expiresAt}
            error={fieldErrors.expiresAt}
            onChange={(expiresAt) => patch({ expiresAt })}
          />
          <div id="compose-status" aria-live="polite">
            {status && <p className={`alert alert--${status.kind}`}>{status.text}</p>}
          </div>
          <div className="row">
            <button type="submit" className="btn" disabled={busy}>
              {busy ? t.sending : draft.scheduledAt ? t.submitSchedule : t.submit}
            </button>
            <button type="button" className="btn btn--ghost" disabled={busy} onClick={test}>
              {t.sendTest}
            </button>
          </div>
        </form>
        <div className="stack">
          <NotificationPreview
            draft={shown}
            lang={tab}
            labels={{
              title: format(t.previewIn, { language: names(tab).language }),
              desktop: t.previewDesktop,
              phone: t.previewPhone,
              emptyTitle: t.previewEmptyTitle,
            }}
          />
          <div className="card">
            <PayloadMeter
              draft={shown}
              lang={tab}
              labels={{ label: t.meterLabel, text: t.meterText, over: t.meterOver }}
            />
          </div>
        </div>
      </div>
    </>
  );
}
