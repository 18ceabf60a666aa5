import { useCallback, useEffect, useState } from 'react';
import { callApi, type ApiResult, type DeviceView } from './push-api';
import {
  currentSubscription,
  detectSupport,
  reconcileOnce,
  reconcileSettled,
  subscribeAndStore,
  unsubscribeThisDevice,
} from './push-browser';
import { PushTimeoutError, SUBSCRIBE_TIMEOUT_MS } from './with-timeout';

export type PushStatus = 'checking' | 'unsupported' | 'ios-install' | 'ask' | 'denied' | 'on';
export type Notice = { kind: 'working' | 'ok' | 'error'; key: NoticeKey; vars?: Record<string, string> } | null;
export type NoticeKey =
  | 'working'
  | 'turnedOn'
  | 'turnedOff'
  | 'dismissed'
  | 'testSent'
  | 'testFailed'
  | 'testGone'
  | 'subscribeFailed'
  | 'rateLimited'
  | 'genericError'
  | 'removed'
  | 'renamed'
  | 'turnedOffAll'
  | 'subscribeTimeout';

type Options = { vapidKey: string | null; onDevice(device: DeviceView): void; onDeviceGone(id: string): void };

/** A failed "turn on" that pressing the button again may fix: the cell offers Retry for these. */
export const RETRYABLE_NOTICES: NoticeKey[] = ['subscribeTimeout', 'subscribeFailed'];

export function errorNotice(res: ApiResult<unknown>): Notice {
  return { kind: 'error', key: res.status === 429 ? 'rateLimited' : 'genericError' };
}

/** This browser's push state: detection, the permission prompt (only on click), subscribe, reconcile, turn off. */
export function usePushDevice({ vapidKey, onDevice, onDeviceGone }: Options) {
  const [status, setStatus] = useState<PushStatus>('checking');
  const [permission, setPermission] = useState<NotificationPermission>('default');
  const [thisDeviceId, setThisDeviceId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const stored = useCallback(
    (res: ApiResult<{ device: DeviceView }>) => {
      if (!res.ok) return false;
      setThisDeviceId(res.data.device.id);
      onDevice(res.data.device);
      setStatus('on');
      return true;
    },
    [onDevice],
  );

  useEffect(() => {
    void (async () => {
      const support = vapidKey ? detectSupport() : 'unsupported';
      if (support !== 'ok') return setStatus(support);
      setPermission(Notification.permission);
      if (Notification.permission === 'denied') return setStatus('denied');
      const sub = Notification.permission === 'granted' ? await currentSubscription().catch(() => null) : null;
      if (!sub) return setStatus('ask');
      if (!stored(await reconcileOnce(sub, vapidKey!).catch(() => ({ ok: false, status: 0 }) as const)))
        setStatus('ask');
    })();
    // Once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Runs a user action with a "working" announcement and one error path. */
  const run = useCallback(async (fn: () => Promise<Notice>) => {
    setNotice({ kind: 'working', key: 'working' });
    await reconcileSettled();
    setNotice(await fn().catch((): Notice => ({ kind: 'error', key: 'genericError' })));
  }, []);

  const turnOn = () =>
    run(async () => {
      // The prompt appears only here, after the person asked for notifications.
      const answer = await Notification.requestPermission();
      setPermission(answer);
      if (answer === 'denied') {
        setStatus('denied');
        return null;
      }
      if (answer !== 'granted') return { kind: 'error', key: 'dismissed' };
      let res: Awaited<ReturnType<typeof subscribeAndStore>>;
      try {
        res = await subscribeAndStore(vapidKey!);
      } catch (e) {
        if (!(e instanceof PushTimeoutError)) return { kind: 'error', key: 'subscribeFailed' };
        return { kind: 'error', key: 'subscribeTimeout', vars: { seconds: String(SUBSCRIBE_TIMEOUT_MS / 1000) } };
      }
      if (stored(res)) return { kind: 'ok', key: 'turnedOn' };
      return res.status === 429 ? errorNotice(res) : { kind: 'error', key: 'subscribeFailed' };
    });

  /** This browser no longer has push (turned off here, removed from the list, or gone at the push service). */
  const forgetThisDevice = useCallback(() => {
    if (thisDeviceId) onDeviceGone(thisDeviceId);
    setThisDeviceId(null);
    setStatus((s) => (s === 'on' ? 'ask' : s));
  }, [onDeviceGone, thisDeviceId]);

  const turnOff = () =>
    run(async () => {
      await unsubscribeThisDevice();
      forgetThisDevice();
      return { kind: 'ok', key: 'turnedOff' };
    });

  const sendTest = () =>
    run(async () => {
      const sub = await currentSubscription();
      const res = await callApi<{ delivered: number; gone: number }>('POST', '/api/push/test', {
        endpoint: sub?.endpoint,
      });
      if (res.ok && res.data.delivered > 0) return { kind: 'ok', key: 'testSent' };
      if ((res.ok && res.data.gone > 0) || res.status === 404) {
        // The push service no longer knows this subscription (the server already removed the row).
        await sub?.unsubscribe().catch(() => undefined);
        forgetThisDevice();
        return { kind: 'error', key: 'testGone' };
      }
      return res.status === 429 ? errorNotice(res) : { kind: 'error', key: 'testFailed' };
    });

  return { status, permission, thisDeviceId, notice, setNotice, run, turnOn, turnOff, sendTest, forgetThisDevice };
}
