'use client';
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * false while the server renders and during hydration, true afterwards: for what only the browser knows (its time
 * zones, its ICU data) without a text that differs from the server's HTML (React #418) or a setState in an effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
