'use client';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Preferences } from '@/lib/validation/preferences';
import type { PushMessages } from './notification-preferences';
import { format } from '@/lib/i18n/locales';
import { textFor } from '@/lib/i18n/text-for';
import { callApi } from './push-api';
import { useHydrated } from '../use-hydrated';

export type TopicOption = { slug: string; name: string; description: string | null };

type Props = {
  messages: PushMessages;
  topics: TopicOption[];
  initial: Preferences;
  /** The cell's own message: when one appears, this form's goes, so that only one message shows at a time. */
  otherNotice: unknown;
  /** This form shows a message: the cell clears its own. */
  onStatus(): void;
};

// Validation is the server's (lib/validation/preferences.ts, 422 with fields named): shipping zod to the browser
// would cost more than this whole cell; native time inputs already prevent most mistakes.
export function PreferencesForm({ messages: m, topics, initial, otherNotice, onStatus }: Props) {
  const id = useId();
  const [followed, setFollowed] = useState(new Set(initial.topics));
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? '22:00');
  const [end, setEnd] = useState(initial.quietHours?.end ?? '07:00');
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  // The full IANA list and the device's zone come from the browser, not from our bundle (after hydration).
  const hydrated = useHydrated();
  const zones = useMemo(
    () => (hydrated ? browserZones(initial.timeZone) : [initial.timeZone]),
    [hydrated, initial.timeZone],
  );
  const deviceZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // A new message of the cell replaces this form's (state adjusted while rendering, not in an effect).
  const [seenNotice, setSeenNotice] = useState(otherNotice);
  if (seenNotice !== otherNotice) {
    setSeenNotice(otherNotice);
    if (otherNotice) setStatus(null);
  }

  const toggle = (slug: string) =>
    setFollowed((s) => {
      const next = new Set(s);
      if (!next.delete(slug)) next.add(slug);
      return next;
    });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    const res = await callApi('PUT', '/api/preferences', {
      topics: [...followed],
      quietHours: quiet ? { start, end } : null,
      timeZone,
    });
    setBusy(false);
    setFields(res.ok ? {} : (res.fields ?? {}));
    onStatus();
    if (res.ok) setStatus({ ok: true, text: m.prefsSaved });
    else setStatus({ ok: false, text: res.status === 429 ? m.rateLimited : res.fields ? m.fixFields : m.genericError });
  }

  const error = (field: string) => {
    const code = fields[field];
    if (!code) return null;
    return (
      <p id={`${id}-${field}-error`} className="field-error">
        {textFor(m, code) ?? m.genericError}
      </p>
    );
  };
  const invalid = (field: string) =>
    fields[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <form className="push-prefs" onSubmit={submit} noValidate>
      <h3>{m.prefsTitle}</h3>
      <fieldset>
        <legend>{m.topicsLegend}</legend>
        <p className="hint">{m.topicsHint}</p>
        {topics.length === 0 && <p className="muted">{m.noTopics}</p>}
        {topics.map((t) => (
          <div key={t.slug} className="push-check">
            <input
              type="checkbox"
              id={`${id}-t-${t.slug}`}
              checked={followed.has(t.slug)}
              onChange={() => toggle(t.slug)}
              aria-describedby={t.description ? `${id}-td-${t.slug}` : undefined}
            />
            <label htmlFor={`${id}-t-${t.slug}`}>{t.name}</label>
            {t.description && (
              <span id={`${id}-td-${t.slug}`} className="hint">
                {t.description}
              </span>
            )}
          </div>
        ))}
        {error('topics')}
      </fieldset>
      <fieldset>
        <legend>{m.quietLegend}</legend>
        <div className="push-check">
          <input
            type="checkbox"
            id={`${id}-quiet`}
            checked={quiet}
            onChange={(e) => setQuiet(e.target.checked)}
            aria-describedby={`${id}-quiet-hint`}
          />
          <label htmlFor={`${id}-quiet`}>{m.quietEnable}</label>
          <span id={`${id}-quiet-hint`} className="hint">
            {m.quietHint}
          </span>
        </div>
        {quiet && (
          <div className="row push-times">
            <div className="field">
              <label htmlFor={`${id}-start`}>{m.quietStart}</label>
              <input
                type="time"
                id={`${id}-start`}
                value={start}
                required
                onChange={(e) => setStart(e.target.value)}
                {...invalid('quietHours.start')}
              />
              {error('quietHours.start')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>{m.quietEnd}</label>
              <input
                type="time"
                id={`${id}-end`}
                value={end}
                required
                onChange={(e) => setEnd(e.target.value)}
                {...invalid('quietHours.end')}
              />
              {error('quietHours.end')}
            </div>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-tz`}>{m.timeZone}</label>
          {deviceZone && deviceZone !== timeZone && (
            <span className="hint" id={`${id}-tz-hint`}>
              {format(m.timeZoneDevice, { zone: deviceZone })}{' '}
              <button type="button" className="link-button" onClick={() => setTimeZone(deviceZone)}>
                {format(m.useDeviceZone, { zone: deviceZone })}
              </button>
            </span>
          )}
          <select
            id={`${id}-tz`}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            aria-describedby={deviceZone && deviceZone !== timeZone ? `${id}-tz-hint` : undefined}
            {...invalid('timeZone')}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          {error('timeZone')}
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="btn" disabled={busy}>
          {m.savePrefs}
        </button>
        <p role="status" className={status?.ok === false ? 'field-error' : 'push-notice--ok'}>
          {status?.text ?? ''}
        </p>
      </div>
    </form>
  );
}

function browserZones(saved: string): string[] {
  const all = (Intl as unknown as { supportedValuesOf?(k: string): string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([saved, ...all])].sort();
}
