'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => '';

/**
 * This browser's time zone, for labels such as "your time zone: Europe/Paris". Read while rendering, it would be
 * the server's zone in the HTML and the browser's in the first client render — a hydration error (React #418)
 * wherever the two differ. Here the HTML and the hydrating render both have '' and React renders again at once with
 * the browser's.
 */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(subscribe, browserZone, serverZone);
}
