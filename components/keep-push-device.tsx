'use client';
import { useEffect } from 'react';
import { keepThisDevice } from './notification-preferences/push-browser';

/**
 * In the root layout for a signed-in person: on every full page load (the root layout stays mounted across client
 * navigations), this browser's push subscription is stored again if the server lost it, and the device is marked seen
 * (what keeps it from expiring; see lib/push/dispatcher/device-expiry.ts). Pages with the preferences cell share the
 * same request (reconcileOnce).
 */
export function KeepPushDevice({ vapidKey }: { vapidKey: string }) {
  useEffect(() => {
    void keepThisDevice(vapidKey).catch(() => undefined);
  }, [vapidKey]);
  return null;
}
