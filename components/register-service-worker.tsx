'use client';
import { useEffect } from 'react';
import { registerServiceWorker } from './sw/register-service-worker';

/** Registers the single service worker on every page, so the offline page works wherever the visit starts. */
export function RegisterServiceWorker() {
  useEffect(() => {
    void registerServiceWorker();
  }, []);
  return null;
}
