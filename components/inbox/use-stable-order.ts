'use client';
import { useState } from 'react';

/**
 * Every item seen so far, in the order first shown, newcomers on top, each in its latest version. Pure: the hook
 * below keeps the map between renders.
 */
export function mergeInOrder<T extends { id: string }>(seen: Map<string, T>, items: T[]): Map<string, T> {
  const fresh = items.filter((i) => !seen.has(i.id));
  const next = new Map<string, T>([...fresh.map((i): [string, T] => [i.id, i]), ...seen]);
  for (const i of items) next.set(i.id, i);
  return next;
}

/**
 * The server sorts unread first, so after opening a message (read) and the refresh that updates the header badge,
 * its new place would make the list jump under the reader's eyes: the order changes only on the next visit. Items
 * the server no longer lists are kept too, so that "Undo" can put a forgotten message back where it was.
 */
export function useStableOrder<T extends { id: string }>(items: T[]): T[] {
  // State adjusted while rendering when the items change (React's pattern for state derived from props).
  const [seen, setSeen] = useState(() => mergeInOrder(new Map<string, T>(), items));
  const [merged, setMerged] = useState(items);
  if (merged !== items) {
    const next = mergeInOrder(seen, items);
    setMerged(items);
    setSeen(next);
    return [...next.values()];
  }
  return [...seen.values()];
}
