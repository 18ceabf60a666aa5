'use client';
import { useEffect } from 'react';
import { forgetDeviceOnSignOut } from './notification-preferences/forget-device-on-sign-out';
import { registerServiceWorker } from './sw/register-service-worker';

/**
 * Registers the single service worker on every page, so the offline page works wherever the visit starts; and,
 * from any page, signing out forgets this device's push subscription.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    void registerServiceWorker();
    forgetDeviceOnSignOut();
  }, []);
  return null;
}
