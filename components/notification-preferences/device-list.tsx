'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '@/lib/i18n/format-date';
import { format, type Locale } from '@/lib/i18n/locales';
import { labelDevices } from './label-devices';
import type { PushMessages } from './notification-preferences';
import type { DeviceView } from './push-api';
import { useHydrated } from '../use-hydrated';

type Props = {
  messages: PushMessages;
  locale: Locale;
  /** The reader's (their preferences'), so that every date they read is in one zone. */
  timeZone: string;
  devices: DeviceView[];
  thisDeviceId: string | null;
  busy: boolean;
  onRename(device: DeviceView, name: string): Promise<void>;
  onRemove(device: DeviceView, label: string): Promise<void>;
  onTurnOffAll(): Promise<void>;
};

/**
 * Every device of the user with push on, this one first: a name in the reader's language (or the one they gave it),
 * numbered when two would read the same, dates, "this device", rename, remove, turn off all.
 */
export function DeviceList({
  messages: m,
  locale,
  timeZone,
  devices,
  thisDeviceId,
  busy,
  onRename,
  onRemove,
  onTurnOffAll,
}: Props) {
  const headingId = useId();
  // Dates are formatted after hydration only: the server's and the browser's ICU data may differ by a space (Safari's
  // is not Node's), and a text that differs from the server's HTML is a hydration error (React #418).
  const hydrated = useHydrated();
  const date = (iso: string) => (hydrated ? formatDate(iso, { locale, timeZone }) : iso.slice(0, 10));

  return (
    <div className="push-devices">
      <h3 id={headingId}>{m.devicesTitle}</h3>
      {devices.length === 0 ? (
        <p className="muted">{m.devicesEmpty}</p>
      ) : (
        <>
          <ul className="push-device-list" aria-labelledby={headingId}>
            {labelDevices(devices, m, thisDeviceId).map(({ device, label, isThis }) => (
              <DeviceRow
                key={device.id}
                device={device}
                label={label}
                isThis={isThis}
                messages={m}
                busy={busy}
                date={date}
                onRename={onRename}
                onRemove={onRemove}
              />
            ))}
          </ul>
          <button
            type="button"
            className="btn btn--danger btn--small"
            disabled={busy}
            onClick={() => void onTurnOffAll()}
          >
            {m.turnOffAll}
          </button>
        </>
      )}
    </div>
  );
}

type RowProps = Pick<Props, 'messages' | 'busy' | 'onRename' | 'onRemove'> & {
  device: DeviceView;
  label: string;
  isThis: boolean;
  date(iso: string): string;
};

function DeviceRow({ device: d, label, isThis, messages: m, busy, date, onRename, onRemove }: RowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(label);
  const inputId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const close = () => {
    setEditing(false);
    setTimeout(() => renameButton.current?.focus());
  };

  return (
    <li className={isThis ? 'push-device push-device--this' : 'push-device'} data-device-id={d.id}>
      <div className="push-device__name">
        <strong>{label}</strong>
        {isThis && <span className="push-device__this">{m.thisDevice}</span>}
      </div>
      <p className="push-device__meta">
        <span>{format(m.added, { date: date(d.createdAt) })}</span>
        <span>{format(m.lastSeen, { date: date(d.lastSeenAt) })}</span>
        <span>{d.lastSuccessAt ? format(m.lastDelivery, { date: date(d.lastSuccessAt) }) : m.neverDelivered}</span>
      </p>
      {editing ? (
        <form
          className="push-device__rename"
          onSubmit={async (e) => {
            e.preventDefault();
            await onRename(d, name.trim());
            close();
          }}
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <label htmlFor={inputId}>{m.deviceNameLabel}</label>
          <input
            id={inputId}
            ref={input}
            value={name}
            maxLength={60}
            required
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn--small" disabled={busy || !name.trim()}>
            {m.save}
          </button>
          <button type="button" className="btn btn--small btn--ghost" onClick={close}>
            {m.cancel}
          </button>
        </form>
      ) : (
        <div className="row">
          <button
            ref={renameButton}
            type="button"
            className="btn btn--small btn--ghost"
            disabled={busy}
            aria-label={format(m.renameLabel, { name: label })}
            onClick={() => {
              setName(d.customName ?? label);
              setEditing(true);
            }}
          >
            {m.rename}
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger"
            disabled={busy}
            aria-label={format(m.removeLabel, { name: label })}
            onClick={() => void onRemove(d, label)}
          >
            {m.remove}
          </button>
        </div>
      )}
    </li>
  );
}
