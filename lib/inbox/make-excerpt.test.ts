import { describe, expect, it } from 'vitest';
import { makeExcerpt } from './make-excerpt';

describe('makeExcerpt', () => {
  it('keeps a short body whole, on one line', () => {
    expect(makeExcerpt('Rue des Lilas,\ntomorrow   9:00–12:00.')).toBe('Rue des Lilas, tomorrow 9:00–12:00.');
    expect(makeExcerpt('')).toBe('');
  });

  it('cuts a long body at a word, without trailing punctuation, and says so', () => {
    const e = makeExcerpt(
      'Storm warning: winds up to 110 km/h, stay inside, secure loose objects, avoid the coast.',
      40,
    );
    expect(e).toBe('Storm warning: winds up to 110 km/h…');
    expect(e.length).toBeLessThanOrEqual(41);
  });

  it('cuts a body without spaces at the limit', () => {
    expect(makeExcerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
