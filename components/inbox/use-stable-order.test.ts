import { describe, expect, it } from 'vitest';
import { mergeInOrder } from './use-stable-order';

type Item = { id: string; read: boolean };
const ids = (m: Map<string, Item>) => [...m.values()].map((i) => `${i.id}${i.read ? '·' : ''}`);

describe('mergeInOrder', () => {
  it('keeps the first order when the server re-sorts a message that was read', () => {
    const first = mergeInOrder(new Map(), [
      { id: 'a', read: false },
      { id: 'b', read: false },
      { id: 'c', read: true },
    ]);
    // The server now lists read messages after unread ones: a moved to the end.
    const after = mergeInOrder(first, [
      { id: 'b', read: false },
      { id: 'c', read: true },
      { id: 'a', read: true },
    ]);
    expect(ids(after)).toEqual(['a·', 'b', 'c·']);
  });

  it('puts messages that arrive later on top, and keeps one the server no longer lists (for Undo)', () => {
    const first = mergeInOrder(new Map(), [
      { id: 'a', read: false },
      { id: 'b', read: false },
    ]);
    const after = mergeInOrder(first, [
      { id: 'new', read: false },
      { id: 'b', read: false },
    ]);
    expect(ids(after)).toEqual(['new', 'a', 'b']);
  });
});
