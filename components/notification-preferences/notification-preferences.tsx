'use client';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Messages } from '@/messages';
import type { Preferences } from '@/lib/validation/preferences';
import { format, type Locale } from '@/lib/i18n/locales';
import { DeviceList } from './device-list';
import { PreferencesForm, type TopicOption } from './preferences-form';
import { callApi, type DeviceView } from './push-api';
import { unsubscribeThisDevice } from './push-browser';
import { errorNotice, RETRYABLE_NOTICES, usePushDevice } from './use-push-device';
import './notification-preferences.css';

export type PushMessages = Messages<'push'>;

type Props = {
  messages: PushMessages;
  locale: Locale;
  vapidKey: string | null;
  devices: DeviceView[];
  topics: TopicOption[];
  preferences: Preferences;
};

/** The notification-preferences cell: this device's push switch, the user's devices, topics and quiet hours. */
export function NotificationPreferences({
  messages: m,
  locale,
  vapidKey,
  devices: initialDevices,
  topics,
  preferences,
}: Props) {
  const [devices, setDevices] = useState(initialDevices);
  const headingId = useId();
  const onDevice = useCallback(
    (d: DeviceView) =>
      setDevices((list) => (list.some((x) => x.id === d.id) ? list.map((x) => (x.id === d.id ? d : x)) : [...list, d])),
    [],
  );
  const onDeviceGone = useCallback((id: string) => setDevices((list) => list.filter((d) => d.id !== id)), []);
  const push = usePushDevice({ vapidKey, onDevice, onDeviceGone });
  const { status, notice } = push;

  // Keyboard and screen-reader users keep their place: after an action swaps the buttons, focus the new first one.
  const actionsRef = useRef<HTMLDivElement>(null);
  const acted = useRef(false);
  useEffect(() => {
    if (!acted.current || notice?.kind === 'working') return;
    // Once per action: a later message (the preferences form clearing this one) must not move the focus.
    acted.current = false;
    actionsRef.current?.querySelector<HTMLElement>('button, a')?.focus();
  }, [status, notice]);
  const act = (fn: () => Promise<unknown>) => () => {
    acted.current = true;
    void fn();
  };

  const refreshDevices = async () => {
    const res = await callApi<{ devices: DeviceView[] }>('GET', '/api/push/subscriptions');
    if (res.ok) setDevices(res.data.devices);
  };

  const removeDevice = (device: DeviceView, label: string) =>
    push.run(async () => {
      const res = await callApi('DELETE', `/api/push/subscriptions/${encodeURIComponent(device.id)}`);
      if (!res.ok && res.status !== 404) return errorNotice(res);
      if (device.id === push.thisDeviceId) {
        await unsubscribeThisDevice();
        push.forgetThisDevice();
      } else onDeviceGone(device.id);
      return { kind: 'ok', key: 'removed', vars: { name: label } };
    });

  const renameDevice = (device: DeviceView, name: string) =>
    push.run(async () => {
      const res = await callApi<{ name: string }>('PATCH', `/api/push/subscriptions/${encodeURIComponent(device.id)}`, {
        name,
      });
      if (!res.ok) return errorNotice(res);
      onDevice({ ...device, name: res.data.name, customName: res.data.name });
      return { kind: 'ok', key: 'renamed' };
    });

  const turnOffAll = () =>
    push.run(async () => {
      if (!window.confirm(m.confirmTurnOffAll)) return null;
      const res = await callApi('DELETE', '/api/push/subscriptions?all=1');
      if (!res.ok) return errorNotice(res);
      await unsubscribeThisDevice();
      push.forgetThisDevice();
      setDevices([]);
      return { kind: 'ok', key: 'turnedOffAll' };
    });

  const busy = notice?.kind === 'working';
  const retry = notice?.kind === 'error' && RETRYABLE_NOTICES.includes(notice.key);
  const text = notice ? format(m[notice.key], notice.vars) : '';
  return (
    <section className="card push-cell" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{m.cellTitle}</h2>
      <div ref={actionsRef} className="stack">
        {status === 'checking' && <p className="muted">{m.checking}</p>}
        {status === 'unsupported' && <p className="alert alert--warning">{m.unsupported}</p>}
        {status === 'ios-install' && (
          <div className="alert alert--warning">
            <p>
              <strong>{m.iosInstallTitle}</strong>
            </p>
            <p>{m.iosInstall}</p>
          </div>
        )}
        {status === 'denied' && (
          <div className="alert alert--warning">
            <p>
              <strong>{m.deniedTitle}</strong>
            </p>
            <p>{m.denied}</p>
          </div>
        )}
        {status === 'ask' && (
          <>
            <p>
              {m.askIntro} {push.permission === 'default' && m.askPermissionHint}
            </p>
            {/* After a failed attempt the same button becomes "Try again", and focus lands on it. */}
            <button type="button" className="btn" disabled={busy} onClick={act(push.turnOn)}>
              {retry ? m.retry : m.turnOn}
            </button>
          </>
        )}
        {status === 'on' && (
          <>
            <p className="alert alert--success">{m.on}</p>
            <div className="row">
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={act(() => push.sendTest().then(refreshDevices))}
              >
                {m.sendTest}
              </button>
              <button type="button" className="btn btn--danger" disabled={busy} onClick={act(push.turnOff)}>
                {m.turnOff}
              </button>
            </div>
          </>
        )}
      </div>
      <p role="status" className={notice?.kind === 'ok' ? 'push-notice push-notice--ok' : 'push-notice'}>
        {notice?.kind !== 'error' ? text : ''}
      </p>
      <p role="alert" className="push-notice push-notice--error">
        {notice?.kind === 'error' ? text : ''}
      </p>
      <DeviceList
        messages={m}
        locale={locale}
        timeZone={preferences.timeZone}
        devices={devices}
        thisDeviceId={push.thisDeviceId}
        busy={busy}
        onRename={renameDevice}
        onRemove={removeDevice}
        onTurnOffAll={turnOffAll}
      />
      <PreferencesForm
        messages={m}
        topics={topics}
        initial={preferences}
        otherNotice={notice}
        onStatus={() => push.setNotice(null)}
      />
    </section>
  );
}
