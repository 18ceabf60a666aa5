import { describe, expect, it } from 'vitest';
import { truncateText } from './truncate-text';

describe('truncateText', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
    ['trailing  space here', 10, 'trailing…'],
    ['🇫🇷🇫🇷🇫🇷', 9, '🇫🇷🇫🇷…'],
    ['e\u0301e\u0301e\u0301e\u0301', 6, 'e\u0301e\u0301…'],
    ['👩‍👩‍👧 family', 8, '…'],
  ])('%j within %i → %j', (text, max, expected) => {
    const out = truncateText(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});
